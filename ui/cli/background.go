package cli

import (
	"bytes"

	"github.com/charmbracelet/x/ansi"
)

// parseBackground finds the answer to OSC 11 (ESC ] 11 ; rgb:RRRR/GGGG/BBBB,
// ended by BEL or ST) in what the terminal sent, and says whether that
// colour is dark (HSL lightness under a half, as Lip Gloss judges it).
func parseBackground(answer []byte) (dark, ok bool) {
	i := bytes.Index(answer, []byte("\x1b]11;"))
	if i < 0 {
		return false, false
	}
	rest := answer[i+len("\x1b]11;"):]
	end := bytes.IndexAny(rest, "\a\x1b")
	if end < 0 {
		return false, false
	}
	c := ansi.XParseColor(string(rest[:end]))
	if c == nil {
		return false, false
	}
	r, g, b, _ := c.RGBA()
	hi, lo := max(r, g, b), min(r, g, b)
	return float64(hi+lo)/2/0xffff < 0.5, true
}
