package e2e

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sys/unix"

	"github.com/mutuals/mutuals/data/datatest"
)

// silentPty opens a pseudo-terminal whose other end reads what is written
// and never answers, as script, expect or an editor's shell buffer do.
// written closes the terminal and gives all that was written to it.
func silentPty(t *testing.T) (tty *os.File, written func() string) {
	t.Helper()
	ptmx, tty := openPty(t)
	var got bytes.Buffer
	done := make(chan struct{})
	go func() {
		defer close(done)
		io.Copy(&got, ptmx) //nolint:errcheck // ends once the terminal is closed
	}()
	return tty, func() string {
		tty.Close()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the terminal's output did not end")
		}
		return got.String()
	}
}

// openPty opens a pseudo-terminal: its controlling side and the terminal.
func openPty(t *testing.T) (ptmx, tty *os.File) {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	if err := unix.IoctlSetPointerInt(int(ptmx.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(ptmx.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tty.Close() })
	return ptmx, tty
}

// TestSilentPty: where nothing answers terminal queries, commands are as
// quick as anywhere: the colour query is sent once at most, and help,
// --version and errors do not ask at all. Each took 4 s (8 s for an error)
// when the query was sent on each of stdin and stdout and waited 2 s for
// each. The bound on time is loose, only to catch that cost coming back: the
// count of queries is the test.
func TestSilentPty(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	const bound = 3 * time.Second
	for _, tc := range []struct {
		args []string
		asks int
	}{
		{[]string{"list"}, 1}, {[]string{"show", "leicester"}, 1}, {[]string{"--help"}, 0},
		{[]string{"--version"}, 0}, {[]string{"show", "nosuch"}, 0}, {[]string{"list", "--help"}, 0},
	} {
		tty, written := silentPty(t)
		cmd := exec.Command(bin, tc.args...)
		cmd.Env = e2eEnv()
		cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		if _, exit := err.(*exec.ExitError); err != nil && !exit {
			t.Fatal(err)
		}
		if took > bound {
			t.Errorf("mutuals %v on a silent terminal took %v, want under %v", tc.args, took.Round(time.Millisecond), bound)
		}
		if n := strings.Count(written(), ansi.RequestBackgroundColor); n != tc.asks {
			t.Errorf("mutuals %v asked the terminal's colour %d times, want %d", tc.args, n, tc.asks)
		}
	}
}

// TestTitleRestored: the browser saves the terminal's window title on its
// title stack before it sets its own, and restores it last, after Bubble
// Tea has cleared the one it set.
func TestTitleRestored(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	bin := e2eBinary(t)
	ptmx, tty := openPty(t)
	cmd := exec.Command(bin)
	cmd.Env = e2eEnv()
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var screen lockedBuffer
	out := make(chan string)
	go func() {
		io.Copy(&screen, ptmx) //nolint:errcheck // ends once the terminal is closed
		out <- screen.String()
	}()
	// A q sent before the browser is in raw mode would wait for a newline:
	// it is sent once the list is drawn.
	for deadline := time.Now().Add(e2eWait); !strings.Contains(screen.String(), "Leicester"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the browser drew no list within %v", e2eWait)
		}
	}
	if _, err := ptmx.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("the browser ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("q did not end the browser")
	}
	tty.Close()
	got := <-out
	push, pop, set := strings.Index(got, "\x1b[22;0t"), strings.LastIndex(got, "\x1b[23;0t"), strings.Index(got, "\x1b]2;mutuals")
	if push < 0 || pop < 0 || set < 0 || push > set || pop < strings.LastIndex(got, "\x1b]2;") {
		t.Errorf("want the title pushed (at %d) before it is set (at %d), and popped last (at %d)", push, set, pop)
	}
}
