package render

import (
	"net/url"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// urlLines shows a source's address indented under it. Printed, it is one
// line, whole, however long, so that the terminal soft-wraps it and copying
// it works. On a screen it is cut to the width, and each piece is an OSC 8
// hyperlink to the whole address, so a cut address still opens whole.
func urlLines(address string, width int, st pen) []string {
	printable := model.Printable(address)
	if !st.screen {
		return hangLines("    ", "    ", wrapWhole(printable, width), st.URL)
	}
	target, linked := linkTarget(address)
	pieces := Wrap(printable, width)
	for i, p := range pieces {
		p = st.URL.Render(p)
		if linked {
			p = ansi.SetHyperlink(target) + p + ansi.ResetHyperlink()
		}
		pieces[i] = "    " + p
	}
	return pieces
}

// linkTarget is the address a hyperlink may point at: http and https only,
// and only an address of printable ASCII with no spaces (as a URL is
// written), so that nothing from a data file can reach the terminal
// inside the escape sequence.
func linkTarget(address string) (string, bool) {
	for i := range len(address) {
		if address[i] <= ' ' || address[i] > '~' {
			return "", false
		}
	}
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return address, true
}
