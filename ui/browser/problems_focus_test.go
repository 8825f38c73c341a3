package browser

import (
	"strings"
	"testing"
)

// TestTabPicksAProblem: the problems pane's title says "tab picks one",
// so the first tab gives it the keys (then the detail, then the list),
// and its cursor shows at once, not after the first j. The first tab went
// to the detail, and no ▸ marked a problem until j.
func TestTabPicksAProblem(t *testing.T) {
	b := browserWithProblems(t, 3)
	if f := frame(b); !strings.Contains(f, "tab picks one") {
		t.Fatalf("the title no longer says tab picks one:\n%s", f)
	}
	for _, want := range []focus{onProblems, onDetail, onList} {
		press(b, "tab")
		if b.focus != want {
			t.Fatalf("tab gave the keys to %v, want %v", b.focus, want)
		}
		if want == onProblems && !strings.Contains(frame(b), "▸ f.toml:10:1: problem 0") {
			t.Errorf("the problems pane has the keys but no ▸ on its first problem:\n%s", frame(b))
		}
	}
}

// TestNothingLoadedProblemsTakeTheScreen: with nothing loaded, the
// problems take the whole body, as the README says, not a few rows under
// an empty list and detail.
func TestNothingLoadedProblemsTakeTheScreen(t *testing.T) {
	b := brokenAtStart(t, 100, 30, 1)
	lines := strings.Split(frame(b), "\n")
	if len(lines) != 30 {
		t.Fatalf("%d lines, want 30", len(lines))
	}
	if !strings.Contains(lines[2], "Problems (1)") {
		t.Errorf("the problems pane does not start under the search bar:\n%s", strings.Join(lines, "\n"))
	}
	if f := frame(b); strings.Contains(f, "Mutuals") || strings.Contains(f, "Detail") || strings.Contains(f, nothingLoaded) {
		t.Errorf("an empty list and detail still share the screen:\n%s", f)
	}
}
