package serve

import (
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// Hostile escape sequences typed into a browser end at most that
// browser, never the server: a CSI of 33 parameters once made the input
// decoder index past its 32 and panic in a goroutine nothing recovers,
// which killed every session at once.
func TestHostileSequencesLeaveTheServerServing(t *testing.T) {
	t.Parallel()
	inputs := map[string]string{
		"33 parameters":   "\x1b[" + strings.Repeat("1;", 33) + "A",
		"2100 parameters": "\x1b[" + strings.Repeat("1;", 2100) + "A",
		"a megabyte":      "\x1b[" + strings.Repeat("1;", 1<<19) + "A",
	}
	ts := startServer(t, false, Limits{})
	for name, input := range inputs {
		t.Run(name, func(t *testing.T) {
			_, keys, screen := openBrowser(t, ts.client(t), 80, 24)
			go io.Copy(io.Discard, screen)
			wrote := make(chan error, 1)
			go func() { _, err := io.WriteString(keys, input+"j"); wrote <- err }()
			select {
			case <-wrote:
			case <-time.After(testWait):
				t.Fatal("the sequence was not taken")
			}
			// The server still serves: another reader's command answers.
			out, _, status := run(t, ts.client(t), "list")
			if status != 0 || !strings.Contains(out, "args=") {
				t.Fatalf("after %s: status %d, output %q", name, status, out)
			}
		})
	}
}

// A panic in one session's own code ends that session, logged, with a
// non-zero status: the server serves on.
func TestPanicInASessionEndsOnlyIt(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	_, errs, status := run(t, c, "panic")
	if status == 0 || !strings.Contains(errs, "internal error") {
		t.Errorf("a session that panicked: status %d, stderr %q", status, errs)
	}
	if !strings.Contains(ts.log.String(), "panic") {
		t.Errorf("the panic was not logged:\n%s", ts.log.String())
	}
	if out, _, status := run(t, ts.client(t), "list"); status != 0 || !strings.Contains(out, "args=") {
		t.Errorf("after a panic: status %d, output %q", status, out)
	}
}

// The SSH library's log lines come out in the server's own format.
func TestLibraryLogIsTheServersFormat(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	ts.client(t) // serving: a stop at once races inside the library
	slog.New(ts.srv.LibraryLog()).Warn("ssh: failed to accept session channel", "err", io.EOF)
	line := ts.log.String()
	if !strings.Contains(line, `Z ssh: failed to accept session channel err="EOF"`) || strings.Contains(line, "WARN") {
		t.Errorf("a library line logged as %q", line)
	}
}
