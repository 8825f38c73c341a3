package e2e

import (
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2ESuspendAndResume: ctrl+z, or SIGTSTP from outside, hands the
// terminal back to the shell (main screen, cursor shown, mouse off, keys
// echoed line by line), and fg draws the browser again, answering keys.
func TestE2ESuspendAndResume(t *testing.T) {
	t.Parallel()
	hows := []string{"ctrl+z", "kill -TSTP", "5 × kill -TSTP"}
	if !datatest.Heavy() {
		hows = hows[:1] // the signal from outside with the heavy tests, as .ci/run runs them
	}
	for _, how := range hows {
		socket, _ := startShell(t, 100, 30)
		tmux(t, socket, "send-keys", "-t", "x", `"$MUTUALS"`, "Enter")
		waitFor(t, socket, "17 shown", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "j")
		if how == "ctrl+z" {
			tmux(t, socket, "send-keys", "-t", "x", "C-z")
		} else {
			shell := strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{pane_pid}"))
			pid := childOf(t, shell)
			for range map[bool]int{true: 5, false: 1}[how != "kill -TSTP"] {
				if err := syscall.Kill(pid, syscall.SIGTSTP); err != nil {
					t.Fatal(err)
				}
			}
		}
		screen := waitFor(t, socket, "Stopped", e2eWait)
		if strings.Contains(screen, "17 shown") {
			t.Errorf("%s: the browser's screen is still up:\n%s", how, screen)
		}
		if got := terminalModes(t, socket); got != "0 1 0" {
			t.Errorf("%s: alternate screen, cursor, mouse = %s, want 0 1 0", how, got)
		}
		tmux(t, socket, "send-keys", "-t", "x", "echo back-$((20+22))", "Enter")
		waitFor(t, socket, "back-42", e2eWait)

		tmux(t, socket, "send-keys", "-t", "x", "fg", "Enter")
		waitFor(t, socket, "17 shown", e2eWait)
		if got := terminalModes(t, socket); !strings.HasPrefix(got, "1 ") {
			t.Errorf("%s: after fg, alternate screen, cursor, mouse = %s, want the alternate screen", how, got)
		}
		tmux(t, socket, "send-keys", "-t", "x", "?")
		waitFor(t, socket, "Keys", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "q", "q")
		waitPrompt(t, socket)
		tmux(t, socket, "send-keys", "-t", "x", "echo status-$?", "Enter")
		waitFor(t, socket, "status-0", e2eWait)
	}
}

// TestE2EInterruptMeantForTheEditor: ctrl+c while the editor runs ends the
// editor, not the browser (as git leaves SIGINT to its editor); the
// browser comes back, says how the editor ended, and quits with 0.
func TestE2EInterruptMeantForTheEditor(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	regDir, _ := newRegister(t)
	editor, open := slowEditor(t)
	socket, _ := startShell(t, 120, 30, fmt.Sprintf("EDITOR='%s'", editor))
	tmux(t, socket, "send-keys", "-t", "x", fmt.Sprintf(`"$MUTUALS" --data '%s'; echo "exit-$?-"`, regDir), "Enter")
	waitFor(t, socket, "Example community health mutual", e2eWait)
	pressEdit(t, socket, open, "sleep 30")
	tmux(t, socket, "send-keys", "-t", "x", "C-c")
	waitFor(t, socket, "slowed was ended by SIGINT", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "?")
	waitFor(t, socket, "Keys", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "q", "q")
	if screen := waitFor(t, socket, "-\n", e2eWait); !strings.Contains(screen, "exit-0-") {
		t.Errorf("want EXIT=0: the browser should outlive ctrl+c meant for the editor:\n%s", screen)
	}
}

// TestE2EBackgroundJob: a printing command run as a background job of an
// interactive shell prints and ends; it is not stopped for changing the
// terminal's modes (Stopped (tty output)) by a colour query.
func TestE2EBackgroundJob(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, _ := startShell(t, 120, 40)
	commands := []string{"compare swindon leicester", "show leicester", "list", "stats", "timeline"}
	if !datatest.Heavy() {
		commands = commands[:1] // each with the heavy tests, as .ci/run runs them
	}
	for _, args := range commands {
		tmux(t, socket, "send-keys", "-t", "x", "clear", "Enter")
		waitPrompt(t, socket)
		tmux(t, socket, "send-keys", "-t", "x", fmt.Sprintf(`"$MUTUALS" %s & wait; echo "done-$?-"`, args), "Enter")
		screen := waitFor(t, socket, "-\n", e2eWait)
		if strings.Contains(screen, "Stopped") || !strings.Contains(screen, "done-0-") {
			t.Errorf("mutuals %s &: want it to print and end with 0:\n%s", args, screen)
		}
	}
}
