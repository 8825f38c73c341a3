package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2ESuspendInTheEditor: ctrl+z in the editor opened by e suspends
// the whole job to the shell (the editor, and the browser waiting for
// it), and fg gives the terminal back to the editor, which reads the
// line typed next; the browser then comes back and quits with 0. Both
// ways an editor runs: a program named as it stands, and shell text run
// by sh -c.
func TestE2ESuspendInTheEditor(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	for _, wrapped := range []bool{false, true} {
		regDir, _ := newRegister(t)
		got := filepath.Join(t.TempDir(), "got")
		editor, open := testEditor(t, "reader", fmt.Sprintf("read line\necho \"$line\" > '%s'", got))
		value := editor
		if wrapped {
			value = editor + " --wait" // shell text: sh -c runs it
		}
		socket, _ := startShell(t, 120, 30, fmt.Sprintf("EDITOR='%s'", value))
		tmux(t, socket, "send-keys", "-t", "x", fmt.Sprintf(`"$MUTUALS" --data '%s'`, regDir), "Enter")
		waitFor(t, socket, "Example community health mutual", e2eWait)
		pressEdit(t, socket, open)
		tmux(t, socket, "send-keys", "-t", "x", "C-z")
		waitFor(t, socket, "Stopped", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "echo back-$((20+22))", "Enter")
		waitFor(t, socket, "back-42", e2eWait)
		tty := strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{pane_tty}"))
		tmux(t, socket, "send-keys", "-t", "x", "fg", "Enter")
		waitUntil(t, socket, e2eWait, func(string) string {
			// what is typed before the shell hands the terminal over is lost
			out, _ := exec.Command("ps", "-o", "stat=,args=", "-t", tty).Output()
			for _, l := range strings.Split(string(out), "\n") {
				if strings.Contains(l, "reader") && strings.HasPrefix(l, "T") {
					return "the editor is still stopped"
				}
			}
			return ""
		})
		tmux(t, socket, "send-keys", "-t", "x", "typed-after-fg", "Enter")
		waitUntil(t, socket, e2eWait, func(string) string {
			b, _ := os.ReadFile(got)
			return lacks(string(b), "typed-after-fg")
		})
		waitFor(t, socket, "Example community health mutual", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "q")
		waitPrompt(t, socket)
		tmux(t, socket, "send-keys", "-t", "x", "echo status-$?", "Enter")
		waitFor(t, socket, "status-0", e2eWait)
	}
}

// TestE2EDoubleCtrlCMeantForTheEditor: ctrl+c pressed twice to stop the
// editor (a human double tap) never quits the browser: the second press
// lands either as SIGINT while the terminal is the editor's, or as a key
// once it is the browser's again.
func TestE2EDoubleCtrlCMeantForTheEditor(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	regDir, _ := newRegister(t)
	editor, open := slowEditor(t)
	socket, _ := startShell(t, 120, 30, fmt.Sprintf("EDITOR='%s'", editor))
	tmux(t, socket, "send-keys", "-t", "x", fmt.Sprintf(`"$MUTUALS" --data '%s'`, regDir), "Enter")
	for _, gap := range []time.Duration{5 * time.Millisecond, 100 * time.Millisecond, 300 * time.Millisecond} {
		waitFor(t, socket, "Example community health mutual", e2eWait)
		pressEdit(t, socket, open, "sleep 30")
		tmux(t, socket, "send-keys", "-t", "x", "C-c")
		time.Sleep(gap)
		tmux(t, socket, "send-keys", "-t", "x", "C-c")
		waitFor(t, socket, "slowed was ended by SIGINT", e2eWait)
		// The browser reads keys in order: ? answered means the second
		// ctrl+c, read before it, did not end it. A SIGINT that ended it
		// late shows in the exit status, checked at the end.
		tmux(t, socket, "send-keys", "-t", "x", "?")
		screen := waitUntil(t, socket, e2eWait, func(screen string) string {
			if strings.Contains(screen, "$ ") && !strings.Contains(screen, "shown") {
				return ""
			}
			return lacks(screen, "Keys")
		})
		if !strings.Contains(screen, "Keys") {
			t.Fatalf("gap %v: the browser ended on the second ctrl+c:\n%s", gap, screen)
		}
		tmux(t, socket, "send-keys", "-t", "x", "q")
	}
	tmux(t, socket, "send-keys", "-t", "x", "q")
	waitUntil(t, socket, e2eWait, func(screen string) string {
		return map[bool]string{true: "the browser is still up"}[strings.Contains(screen, "shown")]
	})
	tmux(t, socket, "send-keys", "-t", "x", "echo status-$?", "Enter")
	waitFor(t, socket, "status-0", e2eWait)
}

// testEditor is an editor for the tests that act while it runs: a script
// called name that writes the file open once it runs, then runs body.
func testEditor(t *testing.T, name, body string) (editor, open string) {
	t.Helper()
	dir := t.TempDir()
	editor, open = filepath.Join(dir, name), filepath.Join(dir, "open")
	script := fmt.Sprintf("#!/bin/sh\necho open > '%s'\n%s\n", open, body)
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return editor, open
}

// pressEdit presses e in the browser and waits until the editor runs,
// and, where running is given, until the command line running shows on
// the terminal (the editor's script has reached its last command).
func pressEdit(t *testing.T, socket, open string, running ...string) {
	t.Helper()
	_ = os.Remove(open)
	tmux(t, socket, "send-keys", "-t", "x", "e")
	waitUntil(t, socket, e2eWait, func(string) string {
		_, err := os.Stat(open)
		return map[bool]string{true: "the editor has not started"}[err != nil]
	})
	tty := strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{pane_tty}"))
	for _, args := range running {
		waitUntil(t, socket, e2eWait, func(string) string {
			out, _ := exec.Command("ps", "-o", "args=", "-t", tty).Output()
			if slices.Contains(strings.Split(string(out), "\n"), args) {
				return ""
			}
			return fmt.Sprintf("no %q on the terminal yet", args)
		})
	}
}

// slowEditor is an editor that runs for 30 s unless interrupted: the
// script execs sleep, so an interrupt ends it wherever it lands. (A shell
// that has written its file but not yet started sleep catches the
// interrupt and goes on to sleep: a ctrl+c sent in that moment, on a
// loaded machine, was lost.)
func slowEditor(t *testing.T) (editor, open string) {
	t.Helper()
	return testEditor(t, "slowed", "exec sleep 30")
}
