package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2ECompareFieldsTimelineEvents walks the real binary on a narrow
// terminal: compare --fields opens on those fields, the names stay on top
// scrolled to the bottom, ← → show the other mutual; the timeline's cursor
// opens a mutual's events and q comes back; p prints what was compared.
func TestE2ECompareFieldsTimelineEvents(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 60, 20, "compare --fields outcome,became,events > out.txt")
	send := func(keys ...string) { tmux(t, socket, append([]string{"send-keys", "-t", "x"}, keys...)...) }
	waitFor(t, socket, "17 of 21 or 22 mutuals · 17 shown · 0 marked", e2eWait)
	send("/")
	tmux(t, socket, "send-keys", "-t", "x", "-l", "service:health")
	waitFor(t, socket, "3 shown", e2eWait)
	send("Enter", "g", "Space", "j", "Space", "c")
	waitFor(t, socket, "Comparing 2 mutuals", e2eWait)
	send("G")
	screen := waitFor(t, socket, "≠ values differ", e2eWait)
	lines := strings.Split(screen, "\n")
	if !strings.Contains(lines[2], "name") || !strings.Contains(lines[2], "North East Essex") {
		t.Fatalf("scrolled to the bottom, the names are gone:\n%s", screen)
	}
	send("Escape") // alone: escape and a key at once read as alt+key
	waitFor(t, socket, "▸ Mutuals", e2eWait)
	send("t")
	waitFor(t, socket, "row 2 of 3", e2eWait) // at the list's cursor
	send("Enter")
	screen = waitFor(t, socket, "What happened next", e2eWait)
	if !strings.Contains(strings.Split(screen, "\n")[1], "Leicester homeless healthcare") {
		t.Fatalf("enter on the second row:\n%s", screen)
	}
	send("q")
	waitFor(t, socket, "row 2 of 3", e2eWait)
	send("Escape")
	waitFor(t, socket, "▸ Mutuals", e2eWait)
	send("c", "p")
	if s := exitStatus(t, socket, dir); s != "EXIT=0" {
		t.Fatalf("got %s, want EXIT=0", s)
	}
	out, err := os.ReadFile(filepath.Join(dir, "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if why := lacks(string(out), "≠ became", "≠ what happened next", "│ 2011-01 launched"); why != "" {
		t.Fatalf("p printed (%s):\n%s", why, out)
	}
}
