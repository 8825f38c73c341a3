package e2e

import (
	"strings"
	"syscall"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2EHangupAndQuit: SIGHUP (the terminal closed) and SIGQUIT (ctrl+\
// or kill -QUIT) end the browser as SIGTERM does: the terminal restored
// (main screen, cursor shown, mouse reporting off, no goroutine dump on
// it), a short message, and 128 plus the signal's number.
func TestE2EHangupAndQuit(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	for _, tc := range []struct {
		sig  syscall.Signal
		want string
	}{{syscall.SIGHUP, "EXIT=129"}, {syscall.SIGQUIT, "EXIT=131"}} {
		socket, dir := startTerm(t, 100, 30, "")
		waitFor(t, socket, "17 shown", e2eWait)
		shell := strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{pane_pid}"))
		if err := syscall.Kill(childOf(t, shell), tc.sig); err != nil {
			t.Fatal(err)
		}
		got := exitStatus(t, socket, dir)
		screen := tmux(t, socket, "capture-pane", "-p", "-J", "-t", "x")
		if got != tc.want || strings.Contains(screen, "17 shown") || strings.Contains(screen, "goroutine") {
			t.Errorf("%v: %s (want %s); the screen:\n%s", tc.sig, got, tc.want, screen)
		}
		if modes := terminalModes(t, socket); modes != "0 1 0" {
			t.Errorf("%v: alternate screen, cursor, mouse = %s, want 0 1 0", tc.sig, modes)
		}
	}
}
