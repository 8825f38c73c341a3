package serve

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// Keepalives and window changes of the same size are not a reader at
// work: a browser that gets only those is closed once idle, telling its
// reader why with a non-zero status, and the log says ended=idle.
func TestKeepalivesDoNotDefeatTheIdleTimeout(t *testing.T) {
	t.Parallel() // it waits out a timeout or the watcher: beside the others
	ts := startServer(t, false, Limits{Idle: 300 * time.Millisecond})
	c := ts.client(t)
	s, _, screen, errs := openBrowserErrs(t, c, 80, 24)
	go io.Copy(io.Discard, screen)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		tick := time.NewTicker(30 * time.Millisecond)
		defer tick.Stop()
		for range testWait / (30 * time.Millisecond) {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			c.SendRequest("keepalive@openssh.com", true, nil)
			s.WindowChange(24, 80)
		}
	}()
	if status := waitExit(t, s); status == 0 {
		t.Error("a session closed idle ended with status 0")
	}
	eventually(t, "the reader told", func() bool { return strings.Contains(errs.String(), "closed after 300ms idle") })
	eventually(t, "the log", func() bool { return strings.Contains(ts.log.String(), "ended=idle") })
}

// Keys typed keep a browser open past the idle timeout.
func TestKeysKeepABrowserOpen(t *testing.T) {
	t.Parallel()
	datatest.SkipUnlessHeavy(t) // waits out timeouts, off the main paths: .ci/run runs it
	ts := startServer(t, false, Limits{Idle: 500 * time.Millisecond})
	_, keys, screen := openBrowser(t, ts.client(t), 80, 24)
	go io.Copy(io.Discard, screen)
	for range 30 { // 1.5 s, three times the timeout
		if _, err := io.WriteString(keys, "j"); err != nil {
			t.Fatalf("the browser closed while its reader typed: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if ts.srv.Sessions() != 1 {
		t.Error("the browser closed while its reader typed")
	}
}
