package browser

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
)

// cursorRow is the name on the timeline's cursor row, as far as it shows,
// or "" when no row is under the cursor on screen.
func cursorRow(b *Browser) string {
	for _, l := range strings.Split(frame(b), "\n")[timelineTop+1:] {
		if rest, ok := strings.CutPrefix(l, cursorGlyph+" "); ok {
			name, _, _ := strings.Cut(rest, "  ")
			return strings.TrimSuffix(strings.TrimSpace(name), "…")
		}
	}
	return ""
}

func title(b *Browser) string { return strings.Split(frame(b), "\n")[1] }

// TestTimelineCursor: the keys, the wheel and a click move a cursor over
// the rows, which stays on screen; the title says where it is.
func TestTimelineCursor(t *testing.T) {
	b := newTestBrowser(t, 80, 14)
	press(b, "t")
	names := timelineLines(b)
	at := func(i int) string { return names[i].Mutual.Name }
	steps := []struct {
		do  func()
		row int
	}{
		{func() {}, 0},
		{func() { press(b, "j", "j") }, 2},
		{func() { press(b, "k") }, 1},
		{func() { press(b, "G") }, 16},
		{func() { press(b, "home") }, 0},
		{func() { press(b, "end") }, 16},
		{func() { press(b, "g") }, 0},
		{func() { press(b, "pgdown") }, 8},
		{func() { press(b, "pgup") }, 0},
		{func() { b.Update(tea.MouseClickMsg{X: 10, Y: 1 + timelineTop + 3, Button: tea.MouseLeft}) }, 3},
		{func() { b.Update(tea.MouseWheelMsg{X: 10, Y: 6, Button: tea.MouseWheelDown}) }, 3},
		{func() {
			b.Update(tea.MouseWheelMsg{X: 10, Y: 6, Button: tea.MouseWheelDown})
			b.Update(tea.MouseWheelMsg{X: 10, Y: 6, Button: tea.MouseWheelDown})
		}, 9}, // the view is 9 rows down: the cursor comes along
	}
	for i, st := range steps {
		st.do()
		want := fmt.Sprintf("row %d of 17", st.row+1)
		if got := cursorRow(b); got == "" || !strings.HasPrefix(at(st.row), got) || !strings.Contains(title(b), want) {
			t.Fatalf("step %d: cursor on %q, want %q (%s):\n%s", i, got, at(st.row), want, frame(b))
		}
	}
	press(b, "G")
	if !strings.Contains(frame(b), "unknown after the last dated fact") {
		t.Errorf("G does not show the legend under the last row:\n%s", frame(b))
	}
}

// TestTimelineCursorStaysOnScreen: whatever keys, wheels, clicks and sizes
// come, the cursor's row is drawn: one walk, six with the heavy tests on.
func TestTimelineCursorStaysOnScreen(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	keys := []string{"j", "k", "g", "G", "home", "end", "pgup", "pgdown", "ctrl+u", "ctrl+d", "up", "down"}
	walks := uint64(1)
	if datatest.Heavy() {
		walks = 6
	}
	for seed := range walks {
		r := rand.New(rand.NewPCG(seed, 2))
		b := newTestBrowser(t, 80, 14)
		press(b, "t")
		for step := range 200 {
			var msg tea.Msg = keyMsg(keys[r.IntN(len(keys))])
			switch r.IntN(8) {
			case 0:
				msg = tea.WindowSizeMsg{Width: 40 + r.IntN(120), Height: 10 + r.IntN(40)}
			case 1:
				msg = tea.MouseWheelMsg{Y: 5, Button: []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown}[r.IntN(2)]}
			case 2:
				msg = tea.MouseClickMsg{X: 5, Y: r.IntN(b.height), Button: tea.MouseLeft}
			}
			b.Update(msg)
			if cursorRow(b) == "" {
				t.Fatalf("seed %d step %d (%v): no cursor on screen:\n%s", seed, step, msg, frame(b))
			}
		}
	}
}

// TestTimelineOpensEvents: enter shows the mutual under the cursor at
// "What happened next"; q and esc go back to the timeline, the cursor where
// it was.
func TestTimelineOpensEvents(t *testing.T) {
	for _, back := range []string{"q", "esc"} {
		b := newTestBrowser(t, 70, 20)
		press(b, "t", "j", "j", "j")
		want := timelineLines(b)[3].Mutual
		press(b, "enter")
		lines := strings.Split(frame(b), "\n")
		if !strings.Contains(lines[1], want.Name) || strings.TrimSpace(lines[2]) != "What happened next" {
			t.Fatalf("enter on %s:\n%s", want.Name, frame(b))
		}
		if !strings.Contains(frame(b), want.Events[0].Text[:20]) {
			t.Fatalf("the first event of %s is not shown:\n%s", want.Name, frame(b))
		}
		if n := strings.Count(footer(b), "q/esc back"); n != 1 {
			t.Fatalf("the footer should say once how to go back, not %d times: %q", n, footer(b))
		}
		if cmd := press(b, back); isQuit(cmd) || onScreen(b) != "timeline" || !strings.Contains(title(b), "row 4 of 17") {
			t.Fatalf("%s from the events:\n%s", back, frame(b))
		}
	}
	b := newTestBrowser(t, 70, 20)
	press(b, "/")
	typeText(b, "zzzz")
	press(b, "enter", "t", "enter")
	if onScreen(b) != "timeline" {
		t.Fatal("enter on an empty timeline opened something")
	}
}

// BenchmarkTimelineCursor is a cursor step and the frame after it, at 12
// and 100k mutuals: the step touches only the rows on screen, so the two
// should cost about the same.
func BenchmarkTimelineCursor(b *testing.B) {
	for _, n := range []int{12, 100000} {
		ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		br := NewBrowser(ds, BrowserOptions{IsDark: true})
		br.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if cmd := press(br, "t"); cmd != nil {
			br.Update(cmd())
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			down := true
			for b.Loop() {
				if down = !down; down {
					press(br, "j")
				} else {
					press(br, "pgdown")
				}
				br.View()
			}
		})
	}
}
