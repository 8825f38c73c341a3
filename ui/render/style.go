package render

import (
	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// Styles is every look the program uses, built once from a palette that
// knows light terminals from dark. None of them relies on colour alone:
// each also sets bold, faint, underline or reverse, so the screen still
// reads with NO_COLOR.
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
	Error        lipgloss.Style
	Hint         lipgloss.Style
	Key          lipgloss.Style // a key in the help
	Blurred      lipgloss.Style // pane borders, other panes
	URL          lipgloss.Style
	Selected     lipgloss.Style // search bar when focused
	// Screen is set when drawing the browser: a word too long for its line
	// is cut to fit and a source's address is a hyperlink, where printed
	// output keeps every word whole so that copying it works.
	Screen bool
	find   model.Query // what to highlight in a record (RecordView)
	field  string      // the field being drawn, for find's fielded terms
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
		Heading: s.Bold(true).Underline(true),
		Label:   s.Foreground(dim),
		// Not faint: a faint colour is the terminal's to choose, and
		// xterm's halves this grey's contrast to under 2.5:1.
		Dim:          s.Foreground(dim),
		Match:        s.Bold(true).Underline(true).Foreground(match),
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
		URL:          s.Underline(true).Foreground(dim),
		Selected:     s.Bold(true),
	}
}

// ScreenStyles are the styles of the browser: those of printed output,
// drawn for a screen (words cut to fit, sources as hyperlinks).
func ScreenStyles(isDark bool) Styles {
	st := NewStyles(isDark)
	st.Screen = true
	return st
}
