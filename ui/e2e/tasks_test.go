package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2ETabMarksWhileSearching: in a real terminal, three mutuals picked
// without leaving the search, as in fzf: tab marks the row under the
// cursor and moves down, ctrl+u clears what was typed, enter and c
// compare the three.
func TestE2ETabMarksWhileSearching(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, _ := startTerm(t, 120, 35, "")
	waitFor(t, socket, "17 shown · 0 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/")
	for i, typed := range []string{"swin", "leic", "mansf"} {
		tmux(t, socket, "send-keys", "-t", "x", "C-u")
		tmux(t, socket, "send-keys", "-t", "x", "-l", typed)
		waitFor(t, socket, "/ "+typed, e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "Tab")
		screen := waitFor(t, socket, fmt.Sprintf("%d marked", i+1), e2eWait)
		if !strings.Contains(screen, "/ "+typed) {
			t.Fatalf("tab left the search:\n%s", screen)
		}
	}
	tmux(t, socket, "send-keys", "-t", "x", "Enter", "c")
	screen := waitFor(t, socket, "Comparing 3 mutuals", e2eWait)
	if why := lacks(screen, "Swindon", "Leicester", "Mansfield"); why != "" {
		t.Errorf("the comparison lacks a pick (%s):\n%s", why, screen)
	}
}

// TestE2ENextRecord: on a narrow terminal, ] in the detail shows the next
// mutual of the list and q goes back with the cursor on it.
func TestE2ENextRecord(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, _ := startTerm(t, 70, 24, "")
	waitFor(t, socket, "17 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "Enter")
	waitFor(t, socket, "awarding-body ·", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "]")
	waitFor(t, socket, "london-partnership ·", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "]", "[")
	waitFor(t, socket, "london-partnership ·", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "q")
	waitFor(t, socket, "▸   The London Partnership", e2eWait)
}
