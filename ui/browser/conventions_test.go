package browser

import (
	"strings"
	"testing"
)

// TestQuitGoesBack: q and esc close every screen open over the list and
// keep the marks; q quits only from the list; ctrl+c quits from anywhere.
func TestQuitGoesBack(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"help", []string{"?"}},
		{"compare", []string{"c"}},
		{"facets", []string{"f"}},
		{"timeline", []string{"t"}},
		{"detail", []string{"enter"}}, // the narrow list opens it
	}
	for _, sc := range screens {
		for _, back := range []string{"q", "esc"} {
			t.Run(sc.name+"/"+back, func(t *testing.T) {
				b := newTestBrowser(t, 70, 20)
				press(b, "space", "j", "space")
				press(b, sc.keys...)
				if onScreen(b) != sc.name {
					t.Fatalf("%v opened %s, want %s", sc.keys, onScreen(b), sc.name)
				}
				if isQuit(press(b, back)) || onScreen(b) != "list" {
					t.Fatalf("%s on %s: now on %s, want back on the list", back, sc.name, onScreen(b))
				}
				if markedCount(b) != 2 {
					t.Errorf("the marks were lost: %d marked", markedCount(b))
				}
				if !strings.Contains(footer(b), "q quit") {
					t.Errorf("the list's footer does not say q quits: %q", footer(b))
				}
				if !isQuit(press(b, "q")) {
					t.Error("q on the list should quit")
				}
			})
		}
		t.Run(sc.name+"/ctrl+c", func(t *testing.T) {
			b := newTestBrowser(t, 70, 20)
			press(b, "space", "j", "space")
			press(b, sc.keys...)
			if !strings.Contains(footer(b), "q/esc back") {
				t.Errorf("the %s footer does not say q/esc go back: %q", sc.name, footer(b))
			}
			if !isQuit(press(b, "ctrl+c")) {
				t.Errorf("ctrl+c on %s should quit", sc.name)
			}
		})
	}
}
