package browser

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestPasteFilters: a bracketed paste into the search filters the list
// exactly as typing the same text does; in the list, a paste starts a
// search with it.
func TestPasteFilters(t *testing.T) {
	typed := newTestBrowser(t, 120, 40)
	press(typed, "/")
	typeText(typed, "health")
	for _, start := range [][]string{{"/"}, nil} {
		pasted := newTestBrowser(t, 120, 40)
		press(pasted, start...)
		pasted.Update(tea.PasteMsg{Content: "health"})
		if got, want := shownIDs(pasted), shownIDs(typed); !slices.Equal(got, want) || len(want) == 0 || len(want) == 12 {
			t.Errorf("after %v and a paste: shown %v, want %v", start, got, want)
		}
		if pasted.search.Value() != "health" {
			t.Errorf("after %v and a paste: search holds %q", start, pasted.search.Value())
		}
	}
}

// TestSearchBarIsPrintable: pasted or typed, escape sequences show as
// symbols in the search bar and bidi overrides are dropped, as everywhere
// else on the screen.
func TestSearchBarIsPrintable(t *testing.T) {
	for _, text := range []string{"\x1b]0;PWNED\a", "\u202eevil", "a\u2066b", "\x9b2J", "two\nlines"} {
		pasted := newTestBrowser(t, 120, 40)
		press(pasted, "/")
		pasted.Update(tea.PasteMsg{Content: text})
		typed := newTestBrowser(t, 120, 40)
		press(typed, "/")
		for _, r := range text {
			typed.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		for how, b := range map[string]*Browser{"pasted": pasted, "typed": typed} {
			// The search bar's line: the detail below may hold a source's
			// address as a hyperlink, an escape sequence of the program's own.
			if msg := uitest.UnsafeText(strings.Split(b.Render(), "\n")[1]); msg != "" {
				t.Errorf("%s %q: the screen holds %s", how, text, msg)
			}
			if how == "pasted" && strings.ContainsRune(text, 0x1b) && !strings.Contains(frame(b), "␛]0;PWNED") {
				t.Errorf("%s %q: the escape is not shown as symbols:\n%s", how, text, frame(b))
			}
		}
	}
}
