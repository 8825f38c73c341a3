package ui

import (
	"os"
	"path/filepath"
	"testing"
)

// Leaving the compare picker without printing is a cancel, as fzf has it:
// exit 130 and nothing on stdout, so `mutuals compare > cmp.md && …` stops.
func TestE2EComparePickerCancelled(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 100, 30, "compare > out.txt")
	waitFor(t, socket, "12 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "q")
	if s := exitStatus(t, socket, dir); s != "EXIT=130" {
		t.Errorf("got %s, want EXIT=130", s)
	}
	if out, err := os.ReadFile(filepath.Join(dir, "out.txt")); err != nil || len(out) > 0 {
		t.Errorf("out.txt: %q, %v; want it empty", out, err)
	}
	screen := tmux(t, socket, "capture-pane", "-p", "-J", "-t", "x")
	if lacks(screen, "error:") == "" {
		t.Errorf("a cancel is reported as an error:\n%s", screen)
	}
}
