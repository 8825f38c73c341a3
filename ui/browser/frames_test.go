package browser

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// TestFrames holds the main screens at 120×40 and 70×20 to golden files.
func TestFrames(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	scenes := []struct {
		name string
		keys []string
		text string   // typed after the keys
		then []string // pressed after the text
	}{
		{"start", nil, "", nil},
		{"search", []string{"/"}, "service:health", nil},
		{"marked", []string{"/"}, "health", []string{"enter", "space", "j", "space"}},
		{"compare", []string{"space", "j", "space", "j", "j", "space", "c"}, "", nil},
		{"help", []string{"?"}, "", nil},
		{"detail", []string{"j", "j", "j", "j", "enter"}, "", nil},
		{"facets", []string{"f", "right", "right", "right", "down"}, "", nil},
		{"timeline", []string{"t"}, "", nil},
		{"why", []string{"/"}, "westminster children", []string{"enter"}},
		{"why-detail", []string{"/"}, "westminster children", []string{"enter", "enter"}},
		{"mentor-pool", []string{"j", "enter", "m"}, "", nil},
	}
	for _, size := range [][2]int{{120, 40}, {70, 20}} {
		for _, sc := range scenes {
			name := fmt.Sprintf("frame-%dx%d-%s.txt", size[0], size[1], sc.name)
			t.Run(name, func(t *testing.T) {
				b := newTestBrowser(t, size[0], size[1])
				press(b, sc.keys...)
				typeText(b, sc.text)
				press(b, sc.then...)
				uitest.Golden(t, *update, name, []byte(frame(b)+"\n"))
			})
		}
	}
}

// checkFrame asserts what must hold after every message: no line wider
// than the terminal, no more lines than its height, the cursor inside the
// list.
func checkFrame(t *testing.T, b *Browser, step string) {
	t.Helper()
	out := b.Render()
	lines := strings.Split(out, "\n")
	if out != "" && len(lines) > b.height {
		t.Fatalf("%s: %d lines on a %d-line screen", step, len(lines), b.height)
	}
	for i, l := range lines {
		if w := render.Width(l); w > b.width {
			t.Fatalf("%s: line %d is %d cells on a %d-cell screen: %q", step, i, w, b.width, l)
		}
	}
	if n := len(shownPositions(b)); n > 0 && (listCursorRow(b) < 0 || listCursorRow(b) >= n) {
		t.Fatalf("%s: cursor %d outside a list of %d", step, listCursorRow(b), n)
	}
	if len(shownPositions(b)) == 0 && listCursorRow(b) != 0 {
		t.Fatalf("%s: cursor %d in an empty list", step, listCursorRow(b))
	}
}

var fuzzKeys = []string{
	"up", "down", "left", "right", "j", "k", "h", "l", "g", "G", "home", "end", "pgup", "pgdown",
	"ctrl+u", "ctrl+d", "/", "enter", "esc", "space", "c", "t", "a", "d", "tab", "?", "backspace",
	"x", "e", "s", "y", "-", ":", `"`, "é", "東", "f", "b", "shift+tab", "u", "S", "m",
}

// TestRandomKeys sends random keys, text and resizes (from 1×1 to 400×120)
// and checks every frame: two walks, 40 with the heavy tests on.
func TestRandomKeys(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	walks := uint64(2)
	if datatest.Heavy() {
		walks = 40
	}
	for seed := range walks {
		r := rand.New(rand.NewPCG(seed, 1))
		b := newTestBrowser(t, 80, 24)
		for step := range 300 {
			var msg tea.Msg
			switch n := r.IntN(20); {
			case n == 0:
				msg = tea.WindowSizeMsg{Width: 1 + r.IntN(400), Height: 1 + r.IntN(120)}
			case n == 1:
				msg = tea.WindowSizeMsg{Width: 1 + r.IntN(45), Height: 1 + r.IntN(12)}
			case n == 2:
				msg = tea.MouseWheelMsg{X: r.IntN(b.width + 1), Y: r.IntN(b.height + 1), Button: tea.MouseWheelDown}
			case n == 3:
				msg = tea.MouseClickMsg{X: r.IntN(b.width + 1), Y: r.IntN(b.height + 1), Button: tea.MouseLeft}
			default:
				msg = keyMsg(fuzzKeys[r.IntN(len(fuzzKeys))])
			}
			b.Update(msg)
			checkFrame(t, b, fmt.Sprintf("seed %d step %d (%T %v)", seed, step, msg, msg))
		}
	}
}
