package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// Leaving the compare picker without printing is a cancel, as fzf has it:
// exit 130 and nothing on stdout, so `mutuals compare > cmp.md && …` stops.
func TestE2EComparePickerCancelled(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, dir := startTerm(t, 100, 30, "compare > out.txt")
	waitFor(t, socket, " shown · 0 marked", e2eWait)
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

// TERM=dumb (an Emacs shell buffer) cannot draw the browser: mutuals
// prints the list as it does to a pipe, lines whole, and exits.
func TestE2ETermDumb(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	for _, args := range []string{"", "list"} {
		socket, dir := startTerm(t, 60, 30, args, "TERM=dumb")
		if s := exitStatus(t, socket, dir); s != "EXIT=0" {
			t.Fatalf("mutuals %s: got %s, want EXIT=0", args, s)
		}
		screen := tmux(t, socket, "capture-pane", "-p", "-J", "-t", "x")
		if !strings.Contains(screen, "adult social services") || strings.Contains(screen, " shown · 0 marked") {
			t.Errorf("TERM=dumb mutuals %s did not print whole list lines:\n%s", args, screen)
		}
	}
}
