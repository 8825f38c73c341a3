package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// startSSHTerm runs ssh to the server with a terminal, in a w×h tmux
// window; p's output and ssh's status land in dir as with startTerm.
func startSSHTerm(t *testing.T, s *served, w, h int, env ...string) (socket, dir string) {
	t.Helper()
	args := s.sshArgs(filepath.Join(s.dir, "id_reader"), "-t", "-o", "SendEnv=NO_COLOR")
	return startScript(t, w, h, func(dir string) string {
		return fmt.Sprintf(`cd '%s' || exit
unset NO_COLOR; export TERM=xterm-256color %s
ssh '%s'
`, dir, strings.Join(env, " "), strings.Join(args, "' '")) + recordExit
	})
}

// A reader's browser over ssh searches, marks, compares, says e is
// read-only, and quits with status 0.
func TestServeBrowserSearchMarkCompareQuit(t *testing.T) {
	t.Parallel()
	s := serveIn(t, t.TempDir())
	socket, dir := startSSHTerm(t, s, 120, 35)
	_ = dir
	waitFor(t, socket, "17 of 21 or 22 mutuals · 17 shown · 0 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/")
	tmux(t, socket, "send-keys", "-t", "x", "-l", "service:health")
	waitFor(t, socket, "3 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "Enter", "g", "Space", "j", "Space")
	waitFor(t, socket, "2 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "e")
	waitFor(t, socket, "read-only", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "c")
	waitFor(t, socket, "Comparing 2 mutuals", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "q")
	waitFor(t, socket, "2 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "q")
	if st := exitStatus(t, socket, dir); st != "EXIT=0" {
		t.Fatalf("got %s, want EXIT=0", st)
	}
}

// p prints the comparison on the reader's terminal once the browser has
// closed, as compare does locally.
func TestServeBrowserPrintsToTheReader(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	socket, dir := startSSHTerm(t, s, 120, 35)
	waitFor(t, socket, "17 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/")
	tmux(t, socket, "send-keys", "-t", "x", "-l", "service:children")
	waitFor(t, socket, "4 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "Enter", "g", "Space", "j", "Space", "c")
	waitFor(t, socket, "Comparing 2 mutuals", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "p")
	if st := exitStatus(t, socket, dir); st != "EXIT=0" {
		t.Fatalf("got %s, want EXIT=0", st)
	}
	screen := tmux(t, socket, "capture-pane", "-p", "-J", "-t", "x")
	if why := lacks(screen, "service area", "staff groups", "mentors named"); why != "" {
		t.Errorf("the comparison printed on the reader's terminal has %s:\n%s", why, screen)
	}
}

// A data file saved while readers browse reaches every open browser, each
// keeping its search and marks, and the commands run after it.
func TestServeReloadReachesOpenBrowsers(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	register := t.TempDir()
	builtin, err := os.ReadFile(filepath.Join("..", "..", "data", "pathfinders.toml"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(register, "register.toml")
	if err := os.WriteFile(file, builtin, 0o644); err != nil {
		t.Fatal(err)
	}
	s := serveIn(t, t.TempDir(), "--data", register)
	var sockets []string
	for range 2 {
		socket, _ := startSSHTerm(t, s, 120, 35)
		waitFor(t, socket, "17 shown", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "/")
		tmux(t, socket, "send-keys", "-t", "x", "-l", "service:health")
		waitFor(t, socket, "3 shown", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "Enter", "g", "Space", "j", "Space")
		waitFor(t, socket, "2 marked", e2eWait)
		sockets = append(sockets, socket)
	}
	added := strings.Replace(string(builtin), "[[mutual]]", "[[mutual]]\nid = \"aaa-new\"\nname = \"A new health mutual\"\nlocation = \"Newtown\"\nservice_area = [\"health\"]\nstaff_groups = [\"nurses\"]\nsummary = \"New.\"\nsources = [\"article-000\"]\n\n[[mutual]]", 1)
	if err := os.WriteFile(file, []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, socket := range sockets {
		waitUntil(t, socket, e2eWait, func(screen string) string {
			return lacks(screen, "18 mutuals", "4 shown", "2 marked", "service:health", "A new health mutual")
		})
	}
	if out, _, _ := s.ssh(t, "show", "aaa-new"); !strings.Contains(out, "A new health mutual") {
		t.Errorf("show after the reload: %q", out)
	}
	if !strings.Contains(s.log.String(), "reloaded the data files") {
		t.Errorf("the reload was not logged:\n%s", s.log.String())
	}
}
