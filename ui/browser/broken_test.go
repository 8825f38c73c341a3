package browser

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// brokenAtStart is a browser whose first load read the starter's mutual
// and then failed with n problems, as `mutuals --data DIR` does when DIR's
// files parse but do not check.
func brokenAtStart(t *testing.T, w, h, n int) *Browser {
	t.Helper()
	starter, err := loadtest.Load(t, "register.toml", data.Starter())
	if err != nil {
		t.Fatal(err)
	}
	le := &data.LoadError{}
	for i := range n {
		le.Problems = append(le.Problems, data.Problem{File: "register.toml", Line: 44 + i, Col: 1, Text: `sources = ["nope"]`,
			Message: fmt.Sprintf("source %q is cited but no [[source]] defines it", fmt.Sprint("nope-", i)), Hint: "add the [[source]], or fix the id"})
	}
	load := func(report func(data.Progress)) (*model.Dataset, error) {
		report(data.Progress{Mutuals: starter.Mutuals, Sources: starter.Sources, Bytes: 10, Total: 20})
		return nil, le
	}
	reg := &Register{Paths: []string{"register.toml"}, Reload: func(context.Context) (*model.Dataset, error) { return nil, le }}
	b := NewBrowser(model.NewDataset("register.toml", nil, nil, nil), BrowserOptions{IsDark: true, Load: load, Register: reg})
	b.Update(tea.WindowSizeMsg{Width: w, Height: h})
	b.Init() // starts the load, whose messages are read here
	for b.loads != nil {
		b.Update(<-b.loads)
	}
	return b
}

// TestBrokenAtStartShowsNothing: nothing from a dataset with problems is
// shown: no detail, no copy, and the list says why it is empty.
func TestBrokenAtStartShowsNothing(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {60, 20}} {
		b := brokenAtStart(t, size[0], size[1], 1)
		f := frame(b)
		if strings.Contains(f, "Example community health mutual") || strings.Contains(f, "example-mutual") {
			t.Errorf("%v: the broken data's mutual is on screen:\n%s", size, f)
		}
		if strings.Contains(f, "no mutual matches") || !strings.Contains(f, "nothing loads until fixed") {
			t.Errorf("%v: the list does not say that nothing loaded:\n%s", size, f)
		}
		if foot := lastLine(f); !strings.Contains(foot, "e edit") {
			t.Errorf("%v: the footer does not offer e: %q", size, foot)
		}
		press(b, "y")
		if !strings.Contains(frame(b), "nothing to copy") {
			t.Errorf("%v: y: %s", size, lastLine(frame(b)))
		}
	}
}

func lastLine(s string) string { l := strings.Split(s, "\n"); return l[len(l)-1] }

// TestProblemsPaneScrolls: with more problems than fit, the pane says how
// many there are and where it is, and j/k (or, over data, tab then j/k)
// scroll it.
func TestProblemsPaneScrolls(t *testing.T) {
	b := brokenAtStart(t, 60, 20, 12)
	f := frame(b)
	if !strings.Contains(f, "Problems (12)") || !strings.Contains(f, "1–") {
		t.Fatalf("the pane does not count the problems or say where it is:\n%s", f)
	}
	if !strings.Contains(f, `"nope-0"`) {
		t.Fatalf("the first problem is not shown:\n%s", f)
	}
	press(b, "G")
	if f := frame(b); strings.Contains(f, `"nope-0"`) || !strings.Contains(f, `"nope-11"`) {
		t.Errorf("G did not scroll to the end:\n%s", f)
	}
	press(b, "g")
	if !strings.Contains(frame(b), `"nope-0"`) {
		t.Errorf("g did not scroll back")
	}
	if foot := lastLine(frame(b)); !strings.Contains(foot, "e edit") || !strings.Contains(foot, "j/k move") {
		t.Errorf("footer %q", foot)
	}
	for step := range 40 {
		press(b, []string{"j", "k", "pgdown", "tab", "G", "ctrl+u"}[step%6])
		checkFrame(t, b, fmt.Sprint("step ", step))
	}
}

// TestBrokenAtStartFrames holds the screen of a register broken at start
// to golden files.
func TestBrokenAtStartFrames(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {70, 20}} {
		name := fmt.Sprintf("frame-%dx%d-broken-at-start.txt", size[0], size[1])
		b := brokenAtStart(t, size[0], size[1], 12)
		uitest.Golden(t, *update, name, []byte(frame(b)+"\n"))
	}
}

// TestTabToProblems: over the last good data, tab goes list → problems →
// detail → list, and j/k scroll the problems only while they have it.
func TestTabToProblems(t *testing.T) {
	b := newTestBrowser(t, 120, 30)
	le := &data.LoadError{}
	for i := range 12 {
		le.Problems = append(le.Problems, data.Problem{File: "f.toml", Line: i + 1, Col: 1, Text: "x", Message: fmt.Sprint("problem ", i)})
	}
	showProblems(b, le)
	id := currentID(b)
	press(b, "tab")
	if !(b.focus == onProblems) || (b.focus == onDetail) {
		t.Fatalf("tab: problems focused %v, detail focused %v", (b.focus == onProblems), (b.focus == onDetail))
	}
	if f := frame(b); !strings.Contains(f, "▸ Problems") || strings.Contains(f, "▸ Mutuals") || strings.Contains(f, "▸ Detail") {
		t.Errorf("the titles do not say the problems have the keys:\n%s", f)
	}
	press(b, "j")
	if problemAt(b) != 1 || currentID(b) != id {
		t.Errorf("j with the problems focused: on problem %d, list cursor on %s (want %s)", problemAt(b), currentID(b), id)
	}
	press(b, "tab", "tab", "j")
	if (b.focus == onProblems) || currentID(b) == id {
		t.Errorf("tab back: problems focused %v, j did not move the list", (b.focus == onProblems))
	}
}
