package browser

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestScreenFrames holds the comparison's and the timeline's behaviours to
// golden files at 120×40 and 70×20: names kept on top while rows and
// columns scroll, compare --fields, events apart, the timeline's cursor
// and a mutual's events opened from it.
func TestScreenFrames(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	mark3 := []string{"space", "j", "space", "j", "j", "space", "c"}
	health := []string{"/", "text:service:health", "enter", "space", "j", "space", "c"}
	scenes := []struct {
		name   string
		fields []string
		keys   []string
	}{
		{"compare-all-bottom", nil, append(mark3, "a", "G")},
		{"compare-all-right", nil, append(mark3, "a", "pgdown", "right")},
		{"compare-fields", []string{"outcome", "became"}, health},
		{"compare-events", []string{"events"}, append(health, "j", "j", "j", "j", "j", "j")},
		{"timeline-cursor", nil, []string{"t", "j", "j", "j", "j"}},
		{"timeline-events", nil, []string{"t", "j", "j", "j", "j", "enter"}},
		{"sources", nil, []string{"r"}},
		{"sources-bottom", nil, []string{"r", "G"}},
	}
	for _, size := range [][2]int{{120, 40}, {70, 20}} {
		for _, sc := range scenes {
			name := fmt.Sprintf("frame-%dx%d-%s.txt", size[0], size[1], sc.name)
			t.Run(name, func(t *testing.T) {
				b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Mouse: true, Fields: sc.fields})
				b.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				for _, k := range sc.keys {
					if text, ok := cutText(k); ok {
						typeText(b, text)
						continue
					}
					press(b, k)
				}
				checkFrame(t, b, name)
				uitest.Golden(t, *update, name, []byte(frame(b)+"\n"))
			})
		}
	}
}

// cutText is the text of a "text:…" step.
func cutText(k string) (string, bool) {
	if len(k) > 5 && k[:5] == "text:" {
		return k[5:], true
	}
	return "", false
}
