package e2e

// The tests build the mutuals binary once (TestMain) and drive it in a
// real terminal (tmux on a private socket), or through pipes.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
)

// e2eWait is how long the screen may take to show what a test waits for:
// long, as it costs only a test that fails, and a loaded machine running
// the race detector beside these tests can take seconds for a frame.
const e2eWait = 15 * time.Second

// wideLayout is the width from which the browser sets the detail beside
// the list.
const wideLayout = 90

var (
	e2eBin     string       // the program, built once by TestMain
	e2eSockets atomic.Int64 // numbers the tmux sockets
)

// TestMain builds the program once for every test here, runs four of them
// at once in the quick suite (they wait on tmux far more than on the
// CPU), and removes the program after them.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mutuals-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	e2eBin = filepath.Join(dir, "mutuals")
	cmd := exec.Command("go", "build", "-o", e2eBin, "github.com/mutuals/mutuals")
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	waiting := 4
	if datatest.Heavy() {
		// the heavy tests time signals and job control: beside fewer
		// others, as CI has always run them
		waiting = runtime.GOMAXPROCS(0)
	}
	code := datatest.RunWaiting(m, waiting)
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eBinary is the program under test.
func e2eBinary(t *testing.T) string {
	t.Helper()
	return e2eBin
}

// e2eEnv is the environment with nothing that would change the program's
// data or colours, and a terminal type tmux and the program both know.
func e2eEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.Contains(" TMUX TMUX_PANE NO_COLOR CLICOLOR_FORCE MUTUALS_DATA COLUMNS TERM ", " "+name+" ") {
			env = append(env, kv)
		}
	}
	return append(append(env, "TERM=xterm-256color"), extra...)
}

func e2eRun(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = env
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return o.String(), e.String(), cmd.ProcessState.ExitCode()
}

func TestE2ESearchMarkComparePrint(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 120, 35, "compare > out.txt")
	bin := e2eBinary(t)
	list, _, _ := e2eRun(t, e2eEnv(), bin, "list", "service:health")
	m := regexp.MustCompile(`(?m)^(\S+) +(\S.*?)  `).FindAllStringSubmatch(list, 2)
	if len(m) < 2 {
		t.Fatalf("mutuals list service:health printed:\n%s", list)
	}
	ids, names := []string{m[0][1], m[1][1]}, []string{m[0][2], m[1][2]}

	waitFor(t, socket, "17 of 21 or 22 mutuals · 17 shown · 0 marked", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/")
	tmux(t, socket, "send-keys", "-t", "x", "-l", "service:health")
	waitFor(t, socket, "3 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "Enter", "g", "Space", "j", "Space")
	waitUntil(t, socket, e2eWait, func(screen string) string {
		return lacks(screen, "2 marked", "● "+names[0], "● "+names[1])
	})
	tmux(t, socket, "send-keys", "-t", "x", "c")
	waitFor(t, socket, "Comparing 2 mutuals", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "p")
	if s := exitStatus(t, socket, dir); s != "EXIT=0" {
		t.Fatalf("got %s, want EXIT=0", s)
	}

	out, err := os.ReadFile(filepath.Join(dir, "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	why := lacks(string(out), append([]string{"service area", "staff groups", "mentors named", "mentor pool"}, names...)...)
	if why != "" || bytes.IndexByte(out, 0x1b) >= 0 {
		t.Errorf("out.txt has %s, or escape sequences:\n%q", why, out)
	}
	want, _, _ := e2eRun(t, e2eEnv("COLUMNS=200"), bin, "compare", ids[0], ids[1])
	if string(out) != want {
		t.Errorf("p printed\n%s\nbut mutuals compare %s %s prints\n%s", out, ids[0], ids[1], want)
	}
}

// TestE2ECompareItems compares the two children's services pathfinders,
// which name one partner in common, and checks the marks on screen and in
// what p prints.
func TestE2ECompareItems(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 120, 35, "compare > out.txt")
	waitFor(t, socket, "17 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/")
	tmux(t, socket, "send-keys", "-t", "x", "-l", "service:children")
	waitFor(t, socket, "4 shown", e2eWait) // the two children's services, Newham's children's centres and Evolve YP (young people in care)
	tmux(t, socket, "send-keys", "-t", "x", "Enter", "g", "Space", "j", "Space", "c", "a", "d")
	waitFor(t, socket, "≠ partners           │ • possible commercial partners                  │ = neighbouring local authorities", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "G")
	waitFor(t, socket, "items: = in both   • only in this one", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "p")
	if s := exitStatus(t, socket, dir); s != "EXIT=0" {
		t.Fatalf("got %s, want EXIT=0", s)
	}
	out, err := os.ReadFile(filepath.Join(dir, "out.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if why := lacks(string(out), "│ = neighbouring local authorities", "│ • possible commercial partners", "items: = in both"); why != "" {
		t.Errorf("out.txt has %s:\n%s", why, out)
	}
}

func TestE2ENarrowAndWide(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{120, 35}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			t.Parallel()
			socket, _ := startTerm(t, w, h, "")
			waitFits(t, socket, "17 shown", w, h)
			tmux(t, socket, "send-keys", "-t", "x", "?")
			waitFits(t, socket, "Find, mark and compare", w, h)
			tmux(t, socket, "send-keys", "-t", "x", "Escape")
			waitFor(t, socket, "▸ Mutuals", e2eWait)
			if w >= wideLayout {
				return
			}
			tmux(t, socket, "send-keys", "-t", "x", "Enter")
			waitFits(t, socket, "legal form", w, h)
			tmux(t, socket, "send-keys", "-t", "x", "Escape")
			waitFits(t, socket, "▸ Mutuals", w, h)
		})
	}
}

func TestE2ETooSmall(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, _ := startTerm(t, 30, 8, "")
	waitFor(t, socket, "Terminal too small", e2eWait)
	tmux(t, socket, "resize-window", "-t", "x", "-x", "100", "-y", "30")
	waitFits(t, socket, "17 shown", 100, 30)
}

func TestE2EPiped(t *testing.T) {
	t.Parallel()
	bin := "'" + e2eBinary(t) + "'"
	for _, c := range []struct {
		env, cmd string
		lines    int // -1: any number
	}{
		{"", bin + " list | cat", 18}, // the 17 and the count line (17 of 21 or 22)
		{"", bin + " list | head -1", 1},
		{"NO_COLOR=1", bin + " compare swindon leicester", -1},
		{"", bin + " compare hammersmith westminster --fields partners | grep -c '│ • possible commercial partners  *│ = neighbouring local'", 1},
	} {
		out, errOut, code := e2eRun(t, e2eEnv(strings.Fields(c.env)...), "sh", "-c", c.cmd)
		n := strings.Count(out, "\n")
		if code != 0 || errOut != "" || strings.Contains(out, "\x1b") || n == 0 || (c.lines >= 0 && n != c.lines) {
			t.Errorf("%s %s: exit %d, stderr %q, %d lines (want %d, no escapes):\n%q", c.env, c.cmd, code, errOut, n, c.lines, out)
		}
	}
}

func TestE2EBadData(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte("id = \"x\"\nname = = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := e2eRun(t, e2eEnv(), bin, "--data", bad, "list")
	if code != 1 || !strings.Contains(errOut, bad+":2:8:") {
		t.Errorf("mutuals --data %s list: exit %d (want 1), stderr (want %s:2:8:):\n%s", bad, code, bad, errOut)
	}
	_, errOut, code = e2eRun(t, e2eEnv(), bin, "list", "sevice:x")
	if code != 2 || !strings.Contains(errOut, "did you mean service?") {
		t.Errorf("mutuals list sevice:x: exit %d (want 2), stderr:\n%s", code, errOut)
	}
}

// TestE2ESignal: SIGTERM from outside ends the browser with the terminal
// restored and a short message.
func TestE2ESignal(t *testing.T) {
	t.Parallel()
	socket, dir := startTerm(t, 100, 30, "")
	waitFor(t, socket, "17 shown", e2eWait)
	shell := strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{pane_pid}"))
	pid := childOf(t, shell)
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	screen := waitFor(t, socket, "error: interrupted", e2eWait)
	if strings.Contains(screen, "17 shown") {
		t.Errorf("the browser's screen is still up after SIGTERM:\n%s", screen)
	}
	if got := exitStatus(t, socket, dir); got != "EXIT=143" {
		t.Errorf("exit status: %s, want EXIT=143", got)
	}
}

// childOf finds the process whose parent is ppid, from /proc (pgrep may
// not be installed).
func childOf(t *testing.T, ppid string) int {
	t.Helper()
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, path := range stats {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		// pid (comm) state ppid …; comm may hold spaces, so read after ')'
		fields := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		if len(fields) > 1 && fields[1] == ppid {
			pid, _ := strconv.Atoi(strings.Fields(string(b))[0])
			return pid
		}
	}
	t.Fatalf("no process under the pane's shell %s", ppid)
	return 0
}

// TestE2ETimeline: t draws the timeline of the filter, esc goes back, and
// `mutuals timeline` prints the same chart.
func TestE2ETimeline(t *testing.T) {
	t.Parallel()
	socket, _ := startTerm(t, 100, 30, "")
	waitFits(t, socket, "17 shown", 100, 30)
	tmux(t, socket, "send-keys", "-t", "x", "t")
	screen := waitFor(t, socket, "Timeline · 17 mutuals · 2009–2024", e2eWait)
	for _, want := range []string{"2009", "Swindon health and soc", "✕ transferred 2016-10-01", "◆ announced"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("no %q on the timeline screen:\n%s", want, screen)
		}
	}
	tmux(t, socket, "send-keys", "-t", "x", "Escape")
	waitFor(t, socket, "▸ Mutuals", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/")
	tmux(t, socket, "send-keys", "-t", "x", "-l", "place:swindon") // the second wave was announced in Swindon
	waitFor(t, socket, "1 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "Enter", "t")
	waitUntil(t, socket, e2eWait, func(screen string) string {
		if strings.Contains(screen, "Westminster") {
			return "a mutual outside the filter is drawn"
		}
		return lacks(screen, "Timeline · 1 mutual · 2010–2016", "Swindon health and social care")
	})

	out, errOut, code := e2eRun(t, e2eEnv(), e2eBinary(t), "timeline", "--width", "60", "place:swindon")
	if code != 0 || errOut != "" || !strings.Contains(out, "2010") || !strings.Contains(out, "Swindon health") || !strings.Contains(out, "✕ transferred 2016-10-01") {
		t.Fatalf("mutuals timeline swindon: exit %d, stderr %q, stdout:\n%s", code, errOut, out)
	}
	for _, l := range strings.Split(out, "\n") {
		if ansi.StringWidth(l) > 60 {
			t.Fatalf("a line over 60 cells: %q", l)
		}
	}
}
