// Package render draws mutuals as text with Lip Gloss, never Bubble Tea:
// records, comparisons, facets, timelines, and the text they are made of
// (wrapped, padded, cut). The browser's screens and the printed output
// both call it, so they cannot drift apart.
package render

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles is every look the program uses: a palette, built once for a light
// or a dark terminal, and nothing else. Where a colour means something,
// something else says it too (bold, underline, reverse, or a glyph beside
// the text), so the screen still reads with NO_COLOR.
type Styles struct {
	Title   lipgloss.Style // program and record names
	Heading lipgloss.Style // section headings
	Label   lipgloss.Style // field labels
	Dim     lipgloss.Style // secondary text
	Match   lipgloss.Style // characters a query matched
	Differs lipgloss.Style // comparison rows whose values differ
	Same    lipgloss.Style // comparison rows the same for all
	// Items of a list row shared by all or some of the compared mutuals:
	// colour only, since a glyph before each item says the same.
	SharedByAll  lipgloss.Style
	SharedBySome lipgloss.Style
	Cursor       lipgloss.Style // the list row under the cursor
	Mark         lipgloss.Style // the glyph of a marked entry
	Error        lipgloss.Style // what is wrong, and the problems pane
	Hint         lipgloss.Style // how to go on, and the empty search bar
	Key          lipgloss.Style // a key, in the footer and the help
	Blurred      lipgloss.Style // lines between panes and under the names of a comparison
	URL          lipgloss.Style // a source's address
	Selected     lipgloss.Style // a mutual's name on a list
}

// NewStyles builds the styles for a terminal with a dark or light
// background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#6C3FC9"), lipgloss.Color("#B48CFF"))
	dim := ld(lipgloss.Color("#6A6A6A"), lipgloss.Color("#9A9A9A"))
	match := ld(lipgloss.Color("#B2410B"), lipgloss.Color("#FFB454"))
	shared := ld(lipgloss.Color("#17702F"), lipgloss.Color("#56D364"))
	some := ld(lipgloss.Color("#6E5C00"), lipgloss.Color("#E6C84A"))
	warn := ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF6B6B"))
	s := lipgloss.NewStyle()
	return Styles{
		Title:   s.Bold(true).Foreground(accent),
		Heading: underlined(s.Bold(true)),
		Label:   s.Foreground(dim),
		// Not faint: a faint colour is the terminal's to choose, and
		// xterm's halves this grey's contrast to under 2.5:1.
		Dim:          s.Foreground(dim),
		Match:        underlined(s.Bold(true).Foreground(match)),
		Differs:      s.Bold(true),
		Same:         s.Foreground(dim),
		SharedByAll:  s.Foreground(shared),
		SharedBySome: s.Foreground(some),
		Cursor:       s.Reverse(true).Bold(true),
		Mark:         s.Bold(true).Foreground(accent),
		Error:        s.Bold(true).Foreground(warn),
		Hint:         s.Foreground(dim).Italic(true),
		Key:          s.Bold(true).Foreground(accent),
		Blurred:      s.Foreground(dim),
		URL:          underlined(s.Foreground(dim)),
		Selected:     s.Bold(true),
	}
}

// underlined is s underlining its text in one run a line. Lip Gloss's own
// underline styles every character apart (a sequence and a reset each),
// which multiplies printed output and what a terminal must parse.
func underlined(s lipgloss.Style) lipgloss.Style {
	return s.Transform(func(text string) string {
		if text == "" {
			return text
		}
		return underlineOn + strings.ReplaceAll(text, "\n", "\n"+underlineOn)
	})
}

// underlineOn starts an underline; the style's own reset ends it.
const underlineOn = "\x1b[4m"
