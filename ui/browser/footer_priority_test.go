package browser

import (
	"strings"
	"testing"
)

// TestFooterKeepsTheTaskAtHand: a short footer drops the least used keys,
// never the keys of what is on screen, and always keeps "? help". The
// wide detail with the keys showed neither ]/[ nor j/k, the narrow detail
// only m, the narrow comparison lost p, d and y, and the wide list lost
// tab once "u unmark 3" took its place.
func TestFooterKeepsTheTaskAtHand(t *testing.T) {
	cases := []struct {
		name  string
		w     int
		keys  []string
		wants []string
	}{
		{"wide detail with the keys", 120, []string{"tab"}, []string{"]/[ next/previous", "j/k scroll"}},
		{"wide detail with the keys", 90, []string{"tab"}, []string{"]/[ next/previous", "j/k scroll"}},
		{"narrow detail", 60, []string{"enter"}, []string{"]/[ next/previous"}},
		{"narrow detail", 40, []string{"enter"}, []string{"]/[ next/previous"}},
		{"narrow comparison", 80, []string{"space", "j", "space", "j", "space", "c"}, []string{"p print", "d ", "y "}},
		{"narrow comparison", 60, []string{"space", "j", "space", "j", "space", "c"}, []string{"←/→ columns", "d "}},
		{"wide list with marks", 120, []string{"space", "j", "space", "j", "space"}, []string{"u unmark 3", "tab "}},
	}
	for _, c := range cases {
		b := newTestBrowser(t, c.w, 30)
		press(b, c.keys...)
		foot := lastLine(frame(b))
		for _, want := range append(c.wants, "? help") {
			if !strings.Contains(foot, want) {
				t.Errorf("%s at %d columns: the footer lacks %q: %q", c.name, c.w, want, foot)
			}
		}
	}
}
