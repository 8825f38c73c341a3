package e2e

// The terminal the tests drive: a tmux server on a private socket, one
// w×h window, and ways to read its screen.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// recordExit ends a startScript script that runs one command: the shell
// writes the command's status to the file exit in dir, as EXIT=<status>,
// and the window stays open for its screen to be read.
const recordExit = `echo "EXIT=$?" > exit.tmp && mv exit.tmp exit
exec sleep 600
`

// startScript runs a shell script in a w×h tmux window on a private
// socket (its server ended, and its socket removed, when the test ends).
// script is given a new directory, dir, to cd to and write in.
func startScript(t *testing.T, w, h int, script func(dir string) string) (socket, dir string) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not on PATH: skipping the end-to-end terminal test (CI installs it)")
	}
	socket = fmt.Sprintf("mutuals-e2e-%d-%d", os.Getpid(), e2eSockets.Add(1))
	dir = t.TempDir()
	path := filepath.Join(dir, "run.sh")
	if err := os.WriteFile(path, []byte(script(dir)), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		sock, _ := exec.Command("tmux", "-L", socket, "display-message", "-p", "#{socket_path}", ";", "kill-server").Output()
		_ = os.Remove(strings.TrimSpace(string(sock))) // kill-server leaves it behind
	})
	tmux(t, socket, "new-session", "-d", "-s", "x", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "sh '"+path+"'")
	return socket, dir
}

// startTerm runs "mutuals " + args (shell words, run in dir, so
// "compare > out.txt" works) in a w×h tmux window on a private socket; dir
// also receives the file exit, holding EXIT=<status>, when it ends. Each
// of env (NAME=value) is exported after the defaults.
func startTerm(t *testing.T, w, h int, args string, env ...string) (socket, dir string) {
	t.Helper()
	return startScript(t, w, h, func(dir string) string {
		return fmt.Sprintf(`cd '%s' || exit
unset NO_COLOR MUTUALS_DATA VISUAL EDITOR; export TERM=xterm-256color COLUMNS=200 %s
'%s' %s
`, dir, strings.Join(env, " "), e2eBinary(t), args) + recordExit
	})
}

// startShell runs an interactive bash, with job control, in a w×h tmux
// window on a private socket, in a new directory it returns; each of env
// (NAME=value) is exported first. The prompt is "$ ", and the program is
// at $MUTUALS.
func startShell(t *testing.T, w, h int, env ...string) (socket, dir string) {
	t.Helper()
	socket, dir = startScript(t, w, h, func(dir string) string {
		return fmt.Sprintf(`cd '%s' || exit
unset NO_COLOR MUTUALS_DATA VISUAL EDITOR HISTFILE; export TERM=xterm-256color MUTUALS='%s' PS1='$ ' %s
exec bash --norc --noprofile -i
`, dir, e2eBinary(t), strings.Join(env, " "))
	})
	waitFor(t, socket, "$ ", e2eWait)
	return socket, dir
}

func tmux(t *testing.T, socket string, args ...string) string {
	t.Helper()
	cmd := exec.Command("tmux", append([]string{"-L", socket}, args...)...)
	cmd.Env = e2eEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// waitUntil polls the screen until problem finds nothing wrong with it,
// and returns it. A frame can be caught half drawn, so every check of the
// screen is made this way. The polls come 5 ms apart at first (most frames
// come within tens of milliseconds of a key), twice as far apart each
// time after that, to 50 ms.
func waitUntil(t *testing.T, socket string, timeout time.Duration, problem func(screen string) string) string {
	t.Helper()
	pause := 5 * time.Millisecond
	for deadline := time.Now().Add(timeout); ; pause = min(2*pause, 50*time.Millisecond) {
		screen := tmux(t, socket, "capture-pane", "-p", "-J", "-t", "x")
		why := problem(screen)
		if why == "" {
			return screen
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited %v: %s; the screen was:\n%s", timeout, why, screen)
		}
		time.Sleep(pause)
	}
}

// exitStatus waits for the program in a startTerm window to end and
// returns what the shell recorded, e.g. "EXIT=0".
func exitStatus(t *testing.T, socket, dir string) string {
	t.Helper()
	var status []byte
	waitUntil(t, socket, e2eWait, func(string) string {
		status, _ = os.ReadFile(filepath.Join(dir, "exit"))
		return lacks(string(status), "EXIT=")
	})
	return strings.TrimSpace(string(status))
}

// waitFor polls the screen until text appears, and returns the screen.
func waitFor(t *testing.T, socket, text string, timeout time.Duration) string {
	t.Helper()
	return waitUntil(t, socket, timeout, func(screen string) string { return lacks(screen, text) })
}

func lacks(screen string, texts ...string) string {
	for _, text := range texts {
		if !strings.Contains(screen, text) {
			return fmt.Sprintf("no %q", text)
		}
	}
	return ""
}

// waitFits waits for text on a w×h screen whose lines are all at most w
// cells wide, with the header (its counts) first and the footer (key help)
// last: a screen taller than h would scroll the header away.
func waitFits(t *testing.T, socket, text string, w, h int) {
	t.Helper()
	waitUntil(t, socket, e2eWait, func(screen string) string {
		lines := strings.Split(strings.TrimSuffix(screen, "\n"), "\n")
		for i, l := range lines {
			if n := ansi.StringWidth(l); n > w {
				return fmt.Sprintf("line %d is %d cells wide, more than %d", i+1, n, w)
			}
		}
		keyHelp := strings.Contains(lines[h-1], " • ") || strings.Contains(lines[h-1], "q/esc back") // a screen with one key to say
		if len(lines) != h || !strings.Contains(lines[0], "shown") || !keyHelp {
			return fmt.Sprintf("want %d lines, the counts first and key help last", h)
		}
		return lacks(screen, text)
	})
}

// waitPrompt waits for the shell's prompt on the last line written.
func waitPrompt(t *testing.T, socket string) {
	t.Helper()
	waitUntil(t, socket, e2eWait, func(screen string) string {
		lines := strings.Split(strings.TrimRight(screen, " \n"), "\n")
		if last := lines[len(lines)-1]; last != "$" {
			return fmt.Sprintf("the last line is %q, not the prompt", last)
		}
		return ""
	})
}

// terminalModes is what tmux says of the pane: the alternate screen, the
// cursor shown, mouse reporting, each 1 or 0.
func terminalModes(t *testing.T, socket string) string {
	t.Helper()
	return strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"))
}
