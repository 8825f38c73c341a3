package render

import (
	"reflect"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestStylesReadOnLightAndDark: every style's text reaches WCAG's 4.5:1
// on light and dark backgrounds, and none is faint.
func TestStylesReadOnLightAndDark(t *testing.T) {
	for _, dark := range []bool{false, true} {
		v := reflect.ValueOf(NewStyles(dark))
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue // what a record is drawn for, not a look
			}
			s, ok := v.Field(i).Interface().(lipgloss.Style)
			if !ok {
				continue
			}
			if why := uitest.Unreadable(s, dark); len(why) > 0 {
				t.Errorf("dark=%v: %s: %s", dark, v.Type().Field(i).Name, strings.Join(why, "; "))
			}
		}
	}
}

// TestUnderlineIsOneRun: an underlined style (a source's address, a
// heading, a match) underlines its text in one run, as a terminal is
// told once, not once for each character: Lip Gloss's own underline
// styled every character apart (569 sequences in one record's sources).
func TestUnderlineIsOneRun(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		for name, s := range map[string]lipgloss.Style{"URL": st.URL, "Heading": st.Heading, "Match": st.Match} {
			text := "https://example.org/a long address with spaces"
			got := s.Render(text + "\n" + text)
			if n := strings.Count(got, "\x1b["); n > 6 {
				t.Errorf("%s (dark %v): %d escape sequences for two lines, want at most 6: %q", name, dark, n, got)
			}
			for _, line := range strings.Split(got, "\n") {
				if !strings.Contains(line, "\x1b[4m") && !strings.Contains(line, ";4m") && !strings.Contains(line, "[4;") {
					t.Errorf("%s (dark %v): the line %q is not underlined", name, dark, line)
				}
				if ansi.Strip(line) != text {
					t.Errorf("%s (dark %v): the line reads %q, want %q", name, dark, ansi.Strip(line), text)
				}
			}
		}
	}
}
