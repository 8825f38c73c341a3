package e2e

import (
	"bytes"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNoColourOnATerminal: on a terminal, NO_COLOR (set to anything),
// --no-color and TERM=dumb leave every printing command's output, and
// its errors, without a single escape sequence, as a pipe gets it; with
// none of them the same commands do print colour, so the test can tell.
// Every command printed colour with NO_COLOR or --no-color when the
// printing path measured the colour profile of its own line writer (not
// a terminal) and then styled the text anyway.
func TestNoColourOnATerminal(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	commands := [][]string{
		{"list", "wave:2"}, {"show", "leicester"}, {"compare", "swindon", "leicester"},
		{"stats", "--by", "wave"}, {"timeline"}, {"validate"}, {"show", "nosuch"}, {"list", "sevice:x"},
	}
	ways := []struct {
		name  string
		env   []string
		flags []string
	}{
		{"NO_COLOR=1", []string{"NO_COLOR=1"}, nil},
		{"--no-color", nil, []string{"--no-color"}},
		{"TERM=dumb", []string{"TERM=dumb"}, nil},
	}
	for _, args := range commands {
		coloured := onPty(t, bin, e2eEnv("COLORFGBG=15;0"), args)
		if !strings.Contains(coloured, "\x1b[") && args[0] != "validate" {
			t.Errorf("mutuals %v on a colour terminal printed no colour: the test cannot tell", args)
		}
		for _, w := range ways {
			got := onPty(t, bin, e2eEnv(append(w.env, "COLORFGBG=15;0")...), append(append([]string{}, args...), w.flags...))
			if i := strings.IndexByte(got, 0x1b); i >= 0 {
				t.Errorf("%s mutuals %v on a terminal: an escape sequence at byte %d: %q", w.name, args, i, got[max(0, i-20):min(len(got), i+40)])
			}
		}
	}
}

// onPty runs bin with args on a pseudo-terminal (stdin, stdout and
// stderr) and returns all it wrote.
func onPty(t *testing.T, bin string, env, args []string) string {
	t.Helper()
	ptmx, tty := openPty(t)
	var out bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&out, ptmx); close(done) }() //nolint:errcheck // reads until the terminal closes
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	tty.Close()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("mutuals %v: the terminal's output never ended", args)
	}
	return out.String()
}
