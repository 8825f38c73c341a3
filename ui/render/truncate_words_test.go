package render

import (
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestTruncateWords: a line cut to fit ends at a word's end where one
// is near, not inside a word ("services with Ha…"); a single long word
// is cut as Truncate cuts it; styles survive.
func TestTruncateWords(t *testing.T) {
	bold := lipgloss.NewStyle().Bold(true)
	for _, c := range []struct {
		in, want string
		w        int
	}{
		{"services with Hammersmith", "services with…", 20},
		{"services with Hammersmith", "services with Hammersmith", 25},
		{"Hammersmithandfulham", "Hammersmit…", 11},
		{"a Hammersmithandfulham", "a Hammersmit…", 13}, // no word end in the latter half: cut the word
		{"with Ham … and Fulham … services with Hammersmith", "with Ham … and Fulham … services with…", 40},
	} {
		if got := TruncateWords(c.in, c.w); got != c.want {
			t.Errorf("TruncateWords(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		styled := bold.Render(c.in)
		if got := ansi.Strip(TruncateWords(styled, c.w)); got != c.want {
			t.Errorf("TruncateWords(styled %q, %d) reads %q, want %q", c.in, c.w, got, c.want)
		}
	}
}
