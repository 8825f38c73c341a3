package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2EWalk walks the browser as a new user would, in a real terminal:
// search, mark three, compare and scroll it, q back to the list with the
// marks kept, the timeline and back, then q on the list quits with
// status 0. Every screen over the list says q/esc go back.
func TestE2EWalk(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 120, 35, "")
	keys := func(k ...string) { tmux(t, socket, append([]string{"send-keys", "-t", "x"}, k...)...) }
	waitFits(t, socket, "17 shown", 120, 35)

	// The awarding body matches through one of its sources' titles.
	keys("/")
	keys("-l", "westminster children")
	waitUntil(t, socket, e2eWait, func(s string) string {
		return lacks(s, "4 shown", "FE colleges' awarding body", "Westminster children's services", "enter keep the search")
	})
	keys("Enter", "g", "Space", "j", "Space", "j", "Space")
	waitUntil(t, socket, e2eWait, func(s string) string { return lacks(s, "3 marked", "esc clear the search", "q quit") })

	keys("c")
	before := waitUntil(t, socket, e2eWait, func(s string) string { return lacks(s, "Comparing 3 mutuals", "q/esc back") })
	keys("a", "G")
	waitUntil(t, socket, e2eWait, func(s string) string {
		if s == before {
			return "a and G did not move the comparison"
		}
		return lacks(s, "q/esc back")
	})
	keys("q")
	waitUntil(t, socket, e2eWait, func(s string) string {
		if strings.Contains(s, "Comparing") {
			return "q did not leave the comparison"
		}
		return lacks(s, "▸ Mutuals", "4 shown · 3 marked")
	})

	keys("t")
	waitFor(t, socket, "Timeline · 4 mutuals", e2eWait)
	keys("j", "j", "k", "G")
	waitFor(t, socket, "q/esc back", e2eWait)
	keys("q")
	waitUntil(t, socket, e2eWait, func(s string) string {
		if strings.Contains(s, "Timeline ·") {
			return "q did not leave the timeline"
		}
		return lacks(s, "▸ Mutuals", "3 marked")
	})
	keys("q")
	if s := exitStatus(t, socket, dir); s != "EXIT=0" {
		t.Fatalf("q on the list: got %s, want EXIT=0", s)
	}
}

// TestE2EPickerQGoesBack: in the compare picker, q on the comparison goes
// back to pick again with the marks kept; q on the list is still a
// cancel (exit 130, nothing printed).
func TestE2EPickerQGoesBack(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, dir := startTerm(t, 100, 30, "compare > out.txt")
	keys := func(k ...string) { tmux(t, socket, append([]string{"send-keys", "-t", "x"}, k...)...) }
	waitFor(t, socket, " shown · 0 marked", e2eWait)
	keys("Space", "j", "Space", "c")
	waitFor(t, socket, "Comparing 2 mutuals", e2eWait)
	keys("q")
	waitUntil(t, socket, e2eWait, func(s string) string {
		if strings.Contains(s, "Comparing") {
			return "q did not leave the comparison"
		}
		return lacks(s, "2 marked", "q quit")
	})
	keys("q")
	if s := exitStatus(t, socket, dir); s != "EXIT=130" {
		t.Errorf("got %s, want EXIT=130", s)
	}
	if out, err := os.ReadFile(filepath.Join(dir, "out.txt")); err != nil || len(out) > 0 {
		t.Errorf("out.txt: %q, %v; want it empty", out, err)
	}
}

// TestE2EWideDetailQGoesBack: on a wide screen, q and esc in the detail
// beside the list give the keys back to the list (they used to quit, and
// do nothing); q on the list then quits.
func TestE2EWideDetailQGoesBack(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 120, 30, "")
	keys := func(k ...string) { tmux(t, socket, append([]string{"send-keys", "-t", "x"}, k...)...) }
	waitFor(t, socket, "17 shown", e2eWait)
	for _, back := range []string{"q", "Escape"} {
		keys("Enter")
		waitFor(t, socket, "q/esc back", e2eWait) // the detail has the keys
		keys(back)
		waitFor(t, socket, "q quit", e2eWait)
	}
	keys("q")
	if s := exitStatus(t, socket, dir); s != "EXIT=0" {
		t.Errorf("got %s, want EXIT=0", s)
	}
}
