package browser

import (
	"strings"
	"testing"
)

// TestCompareScreenMarksItems: the screen marks items as the printed
// comparison does.
func TestCompareScreenMarksItems(t *testing.T) {
	b := newTestBrowser(t, 120, 160) // tall enough for the legend under every row
	press(b, "/")
	typeText(b, "service:children")
	press(b, "enter", "g", "space", "j", "space", "c", "a", "d")
	f := frame(b)
	for _, want := range []string{"≠ partners", "│ • possible commercial partners ", "│ = neighbouring local authorities", "items: = in both   • only in this one"} {
		if !strings.Contains(f, want) {
			t.Errorf("comparison screen lacks %q:\n%s", want, f)
		}
	}
}
