package e2e

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/mutuals/mutuals/data/datatest"
)

// silentPty opens a pseudo-terminal whose other end reads what is written
// and never answers, as script, expect or an editor's shell buffer do.
func silentPty(t *testing.T) (tty *os.File) {
	t.Helper()
	ptmx, tty := openPty(t)
	go io.Copy(io.Discard, ptmx) //nolint:errcheck // drains until closed
	return tty
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
// quick as anywhere: the colour query waits tens of milliseconds, once,
// and help, --version and errors do not ask at all. Each took 4 s (8 s for
// an error) when the query waited 2 s on each of stdin and stdout.
func TestSilentPty(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	const bound = time.Second
	for _, args := range [][]string{{"list"}, {"show", "leicester"}, {"--help"}, {"--version"}, {"show", "nosuch"}, {"list", "--help"}} {
		tty := silentPty(t)
		cmd := exec.Command(bin, args...)
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
			t.Errorf("mutuals %v on a silent terminal took %v, want under %v", args, took.Round(time.Millisecond), bound)
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
	out := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(ptmx)
		out <- b
	}()
	time.Sleep(300 * time.Millisecond) // the browser draws; a q sent sooner may come before raw mode
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
	got := string(<-out)
	push, pop, set := strings.Index(got, "\x1b[22;0t"), strings.LastIndex(got, "\x1b[23;0t"), strings.Index(got, "\x1b]2;mutuals")
	if push < 0 || pop < 0 || set < 0 || push > set || pop < strings.LastIndex(got, "\x1b]2;") {
		t.Errorf("want the title pushed (at %d) before it is set (at %d), and popped last (at %d)", push, set, pop)
	}
}
