package browser

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
)

// quits reports whether a command ends the program.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			if quits(c) {
				return true
			}
		}
	}
	return false
}

// TestBackBeforeQuit: q and esc go back from whatever is opened or
// focused over the list, at every width, and only q on the list quits.
// On a wide screen q in the detail used to quit, and esc did nothing.
func TestBackBeforeQuit(t *testing.T) {
	problems := func(b *Browser) {
		showProblems(b, &data.LoadError{Problems: []data.Problem{{File: "f.toml", Line: 1, Col: 1, Text: "x", Message: "a problem"}}})
	}
	cases := []struct {
		name  string
		w     int
		setup func(*Browser)
		keys  []string // what opens or focuses the thing
	}{
		{"detail beside the list", 120, nil, []string{"enter"}},
		{"detail by tab", 120, nil, []string{"tab"}},
		{"detail alone", 70, nil, []string{"enter"}},
		{"problems, wide", 120, problems, []string{"tab", "tab"}},
		{"problems, narrow", 70, problems, []string{"tab"}},
		{"help", 120, nil, []string{"?"}},
		{"help", 70, nil, []string{"?"}},
		{"facets", 70, nil, []string{"f"}},
		{"timeline", 120, nil, []string{"t"}},
	}
	for _, tc := range cases {
		for _, back := range []string{"q", "esc"} {
			t.Run(fmt.Sprintf("%s/%d/%s", tc.name, tc.w, back), func(t *testing.T) {
				b := newTestBrowser(t, tc.w, 30)
				if tc.setup != nil {
					tc.setup(b)
				}
				press(b, tc.keys...)
				if b.onList() && b.focus == onList {
					t.Fatalf("%v opened or focused nothing", tc.keys)
				}
				if foot := lastLine(frame(b)); !strings.Contains(foot, "q/esc back") {
					t.Errorf("the footer does not say q/esc goes back: %q", foot)
				}
				if quits(press(b, back)) {
					t.Fatalf("%s quit instead of going back", back)
				}
				if !b.onList() || b.focus != onList {
					t.Fatalf("%s did not go back to the list: on %s, focus %d", back, onScreen(b), b.focus)
				}
				if foot := lastLine(frame(b)); !strings.Contains(foot, "q quit") {
					t.Errorf("back on the list, the footer does not say q quits: %q", foot)
				}
				if !quits(press(b, "q")) {
					t.Error("q on the list did not quit")
				}
			})
		}
	}
}

// TestFocusFollowsTheScreen: widening gives nothing up, narrowing moves
// the keys off the detail it hides, and fixing the files moves them off
// the problems pane.
func TestFocusFollowsTheScreen(t *testing.T) {
	b := newTestBrowser(t, 120, 30)
	press(b, "enter")
	b.Update(tea.WindowSizeMsg{Width: 70, Height: 30})
	if b.focus != onList || strings.Contains(frame(b), "▸ Detail") {
		t.Errorf("narrowed, the keys stayed on the hidden detail (focus %d)", b.focus)
	}
	showProblems(b, &data.LoadError{Problems: []data.Problem{{File: "f.toml", Line: 1, Col: 1, Message: "x"}}})
	press(b, "tab")
	if b.focus != onProblems {
		t.Fatalf("tab on a narrow screen with problems: focus %d", b.focus)
	}
	showProblems(b, nil)
	if b.focus != onList || !strings.Contains(frame(b), "▸ Mutuals") {
		t.Errorf("the problems fixed, the keys stayed on their pane (focus %d)", b.focus)
	}
}

// TestRenderChangesNothing: a frame depends on the messages alone, not on
// the frames drawn before it. Two browsers get the same random keys; one
// is drawn after every key, the other only every 25 keys, when the two
// frames are compared: one walk, six with the heavy tests on.
func TestRenderChangesNothing(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	walks := uint64(1)
	if datatest.Heavy() {
		walks = 6
	}
	for seed := range walks {
		r := rand.New(rand.NewPCG(seed, 7))
		drawn, undrawn := newTestBrowser(t, 120, 30), newTestBrowser(t, 120, 30)
		for step := range 150 {
			var msg tea.Msg = keyMsg(fuzzKeys[r.IntN(len(fuzzKeys))])
			if r.IntN(15) == 0 {
				msg = tea.WindowSizeMsg{Width: 40 + r.IntN(100), Height: 10 + r.IntN(30)}
			}
			drawn.Update(msg)
			undrawn.Update(msg)
			drawn.Render()
			if step%25 == 24 {
				if a, b := drawn.Render(), undrawn.Render(); a != b {
					t.Fatalf("seed %d step %d: drawing each frame changed the next:\n%s\n----\n%s", seed, step, a, b)
				}
			}
		}
	}
}
