package browser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/ui/render"
)

// TestProblemsPaneCursor: the case. e always opened the first
// problem, not the one under the cursor; problems ran together; the
// footer stayed the list's while the pane had the keys. Now the pane has
// a cursor over problems, a blank line between two, e opens the one under
// it at its line, and its footer is its own.
func TestProblemsPaneCursor(t *testing.T) {
	b := browserWithProblems(t, 5)
	press(b, "tab")
	if b.focus != onProblems {
		t.Fatalf("tab: focus %v", b.focus)
	}
	press(b, "j", "j")
	f := frame(b)
	if !strings.Contains(f, "▸ f.toml:30:1: problem 2") {
		t.Errorf("the cursor is not on the third problem:\n%s", f)
	}
	if lines := b.problems.text(); len(lines) < 5 || lines[3] != "" || !strings.HasPrefix(lines[4], "f.toml:20:1") {
		t.Errorf("no blank line between problems: %q", lines)
	}
	foot := lastLine(f)
	if !strings.Contains(foot, "j/k move") || !strings.Contains(foot, "e edit this one") || strings.Contains(foot, "compare") {
		t.Errorf("the footer is not the pane's: %q", foot)
	}
	cmd := press(b, "e")
	if cmd == nil {
		t.Fatal("e did nothing")
	}
	if r, ok := cmd().(editorReady); !ok || r.file != "f.toml" || r.line != 30 {
		t.Errorf("e opens %+v, want f.toml at line 30", r)
	}
	// Back on the list, once the editor has closed, e still opens the
	// problem the cursor was left on.
	b.reg.editing = false
	press(b, "esc")
	cmd = press(b, "e")
	if cmd == nil {
		t.Fatalf("e on the list did nothing: %s", lastLine(frame(b)))
	}
	if r, ok := cmd().(editorReady); !ok || r.line != 30 {
		t.Errorf("e on the list opens %+v, want line 30", r)
	}
}

// TestSearchPlaceholderCut: the case. At 50 columns the search
// bar's placeholder was cut with no "…"; now it is cut with one, focused
// or not, and whole where it fits.
func TestSearchPlaceholderCut(t *testing.T) {
	for _, w := range []int{40, 50, 60, 120} {
		b := newTestBrowser(t, w, 20)
		for _, keys := range [][]string{nil, {"/"}} {
			press(b, keys...)
			bar := strings.TrimRight(strings.Split(frame(b), "\n")[1], " ")
			whole := strings.Contains(bar, `service:"children's services"`)
			if !whole && !strings.HasSuffix(bar, "…") {
				t.Errorf("width %d: the placeholder is cut with no …: %q", w, bar)
			}
		}
	}
}

// TestProblemsPaneHasTheKeysWhenNothingLoads: with nothing loaded, the
// problems pane has the keys, and its title, not the list's, says so.
func TestProblemsPaneHasTheKeysWhenNothingLoads(t *testing.T) {
	b := brokenAtStart(t, 100, 30, 3)
	f := frame(b)
	if !strings.Contains(f, "▸ Problems (3)") || strings.Contains(f, "▸ Mutuals") {
		t.Errorf("the titles do not say the problems pane has the keys:\n%s", f)
	}
	press(b, "j")
	if b.problems.at != 1 {
		t.Errorf("j moved the cursor to problem %d, want 1", b.problems.at)
	}
}

// TestSearchHintBesideQuery: what is wrong with a query follows it, not
// the input's padding, and is cut with … where the bar ends.
func TestSearchHintBesideQuery(t *testing.T) {
	for _, w := range []int{50, 80, 120} {
		b := newTestBrowser(t, w, 20)
		press(b, "/")
		typeText(b, "sevice:x")
		bar := strings.TrimRight(strings.Split(frame(b), "\n")[1], " ")
		if !strings.HasPrefix(bar, "/ sevice:x   unknown field") && !strings.HasPrefix(bar, "/ sevice:x  unknown field") {
			t.Errorf("width %d: the hint does not follow the query: %q", w, bar)
		}
		if render.Width(bar) >= w && !strings.HasSuffix(bar, "…") {
			t.Errorf("width %d: the hint is cut with no …: %q", w, bar)
		}
	}
}

// browserWithProblems is a browser whose register (one that may be
// edited) has n problems in f.toml, at lines 10, 20, …, listed under the
// list as a reload that fails lists them.
func browserWithProblems(t *testing.T, n int) *Browser {
	t.Helper()
	b := newTestBrowser(t, 120, 40)
	b.setData(snapshotOf(b.ix, true))
	le := &data.LoadError{}
	for i := range n {
		le.Problems = append(le.Problems, data.Problem{File: "f.toml", Line: 10 * (i + 1), Col: 1, Text: "x = 1", Message: fmt.Sprint("problem ", i)})
	}
	showProblems(b, le)
	return b
}
