package browser

import (
	"regexp"

	"github.com/mutuals/mutuals/ui/render"
)

// problemsWaiting is the footer on other screens while the files have
// problems: the pane itself is on the list screen.
const problemsWaiting = "the files have problems: the last good data is shown (the list screen lists them)"

// problemsHeight is the lines the problems pane takes from the list screen:
// all of them when they fit in half the body, else half.
func (b *Browser) problemsHeight() int {
	if b.reg.problems == nil || b.top() != nil {
		return 0
	}
	body := max(b.height-chrome, 0)
	return min(len(b.problemsText())+1, body/2)
}

// bodyHeight is the lines between the search bar and the footer left for
// the list and the detail.
func (b *Browser) bodyHeight() int {
	return max(b.height-chrome-b.problemsHeight(), 0)
}

// problemsText is the problems as validate prints them, fitted to the
// width: messages and hints wrap; a line of the file with its caret is
// cut instead, as wrapping it would move the caret.
func (b *Browser) problemsText() []string {
	var out []string
	for _, l := range b.reg.problems {
		if snippet.MatchString(l) {
			out = append(out, render.Truncate(l, b.width))
			continue
		}
		for i, w := range render.Wrap(l, b.width-4) {
			if i > 0 {
				w = "    " + w
			}
			out = append(out, w)
		}
	}
	return out
}

// snippet matches a line of a file as a problem quotes it, or its caret.
var snippet = regexp.MustCompile(`^  [ 0-9]+ \| `)

// problemsPane lists what is wrong with the files as they are now, under
// the last good data. It is gone once the files load again.
func (b *Browser) problemsPane() string {
	h := b.problemsHeight()
	if h == 0 {
		return ""
	}
	state := "showing the last good data"
	if len(b.ds.Mutuals) == 0 {
		state = "nothing loads until fixed"
	}
	title := "Problems · " + state
	if b.reg.fix.file != "" {
		title += " · e edits the first"
	}
	title = b.st.Error.Render(render.Truncate(title, b.width))
	return fit(append([]string{render.Pad(title, b.width)}, b.problemsText()...), b.width, h)
}
