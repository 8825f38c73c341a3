package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2ECopyWithClipboardTool: the case, under tmux's default
// set-clipboard external, where OSC 52 reaches no clipboard. With a
// clipboard tool on PATH (a stub xclip that keeps what it reads), y puts
// the comparison there and says so; without one, y says it only sent the
// text by OSC 52 and claims no copy.
func TestE2ECopyWithClipboardTool(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	stubs := t.TempDir()
	kept := filepath.Join(stubs, "clipboard.txt")
	stub := "#!/bin/sh\n[ \"$1 $2 $3\" = '-selection clipboard -in' ] || exit 9\ncat > '" + kept + "'\n"
	if err := os.WriteFile(filepath.Join(stubs, "xclip"), []byte(stub), 0o755); err != nil {
		t.Fatal(err)
	}
	socket, _ := startTerm(t, 120, 30, "", "PATH='"+stubs+"':\"$PATH\"", "DISPLAY=:99", "WAYLAND_DISPLAY=")
	waitFor(t, socket, "17 shown · 0 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "space", "j", "space", "j", "space", "c")
	waitFor(t, socket, "Comparing 3 mutuals", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "y")
	screen := waitFor(t, socket, "with xclip (also sent by OSC 52)", e2eWait)
	if !strings.Contains(screen, "copied the comparison of 3 mutuals as Markdown (") {
		t.Errorf("the footer does not say what was copied:\n%s", screen)
	}
	got, _ := os.ReadFile(kept)
	if !strings.Contains(string(got), "| The London Partnership |") {
		t.Errorf("the stub clipboard holds %q, not the comparison", got)
	}

	socket, _ = startTerm(t, 200, 30, "", "DISPLAY=", "WAYLAND_DISPLAY=")
	waitFor(t, socket, "17 shown · 0 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "y")
	screen = waitFor(t, socket, "by OSC 52: copied only if the terminal allows it (no clipboard tool found)", e2eWait)
	if strings.Contains(screen, "copied Blackpool") {
		t.Errorf("the footer claims a copy it cannot know of:\n%s", screen)
	}
}
