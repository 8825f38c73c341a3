package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2EInterruptCommands: SIGINT ends a command in the middle of a slow
// load with exit 130, SIGTERM with 143, quickly, with nothing on stdout.
// The file is read by the full TOML parser (a TOML date at the top sends
// it there), which does not itself watch for signals; the signal goes
// once the program has read the whole file, so it lands in the parse.
func TestE2EInterruptCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and a 24 MB file")
	}
	t.Parallel()
	bin := e2eBinary(t)
	big := filepath.Join(t.TempDir(), "big.toml")
	src := append([]byte("x = 1979-05-27\n"), datatest.Synthetic(40000, 1)...)
	if err := os.WriteFile(big, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		sig  syscall.Signal
		want int
	}{
		{[]string{"validate", big}, syscall.SIGINT, 130},
		{[]string{"--data", big, "list"}, syscall.SIGTERM, 143},
		{[]string{"--data", big, "stats", "--by", "service"}, syscall.SIGINT, 130},
		{[]string{"--data", big, "show", "x"}, syscall.SIGTERM, 143},
		{[]string{"--data", big, "timeline"}, syscall.SIGINT, 130},
	}
	if !datatest.Heavy() {
		cases = cases[:1] // each command and signal with the heavy tests, as .ci/run runs them
	}
	for _, tc := range cases {
		cmd := exec.Command(bin, tc.args...)
		cmd.Env = e2eEnv()
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitForRead(t, cmd.Process.Pid, int64(len(src)))
		if err := cmd.Process.Signal(tc.sig); err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatalf("%v: still running 10 s after %v", tc.args, tc.sig)
		}
		if code := cmd.ProcessState.ExitCode(); code != tc.want || out.Len() > 0 || !strings.Contains(errOut.String(), "interrupted") {
			t.Errorf("%v after %v: exit %d (want %d) after %v, stdout %q, stderr %q",
				tc.args, tc.sig, code, tc.want, time.Since(sent), out.String(), strings.TrimSpace(errOut.String()))
		}
	}
}

// waitForRead waits until the process has read at least n bytes, by the
// count Linux keeps in /proc/PID/io: the signal of its progress. Where
// there is no such count, the test is skipped.
func waitForRead(t *testing.T, pid int, n int64) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		io, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid))
		if err != nil {
			t.Skipf("no count of what a process read: %v", err)
		}
		for _, l := range strings.Split(string(io), "\n") {
			if v, ok := strings.CutPrefix(l, "rchar: "); ok {
				if read, _ := strconv.ParseInt(v, 10, 64); read >= n {
					return
				}
			}
		}
	}
	t.Fatalf("the program read fewer than %d bytes in 10 s", n)
}
