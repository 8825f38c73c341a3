package e2e

import (
	"strings"
	"testing"
)

// TestE2ESortCopyInline sorts by name, copies the entry under the cursor
// through OSC 52 with no clipboard tool (tmux keeps it as a paste buffer,
// and the footer claims no copy), and quits a browser
// drawn --inline, whose last frame must stay on the screen.
func TestE2ESortCopyInline(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 120, 30, "--inline", "DISPLAY=", "WAYLAND_DISPLAY=")
	tmux(t, socket, "set-option", "-g", "set-clipboard", "on")
	waitFor(t, socket, "17 of 21 or 22 mutuals · 17 shown · 0 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "s")
	screen := waitFor(t, socket, "0 marked · by name", e2eWait)
	first := strings.Index(screen, "Blackpool Nurse-led Therapy Unit")
	if second := strings.Index(screen, "DH London and South East"); first < 0 || second < first {
		t.Fatalf("not sorted by name:\n%s", screen)
	}
	tmux(t, socket, "send-keys", "-t", "x", "g", "y")
	waitFor(t, socket, "sent Blackpool Nurse-led Therapy Unit as Markdown", e2eWait)
	waitUntil(t, socket, e2eWait, func(string) string {
		buffers := tmux(t, socket, "list-buffers", "-F", "#{buffer_name}")
		if strings.TrimSpace(buffers) == "" {
			return "no paste buffer yet"
		}
		return lacks(tmux(t, socket, "show-buffer"), "# Blackpool Nurse-led Therapy Unit", "## Sources")
	})
	tmux(t, socket, "send-keys", "-t", "x", "q")
	if s := exitStatus(t, socket, dir); s != "EXIT=0" {
		t.Fatalf("got %s, want EXIT=0", s)
	}
	// The whole last frame stays, from the header to the key help.
	screen = waitFor(t, socket, "0 marked · by name", e2eWait)
	if why := lacks(screen, "s sort", "q quit"); why != "" {
		t.Fatalf("the last frame lost its footer (%s):\n%s", why, screen)
	}
}
