package serve

import (
	"io"
	"strings"
	"testing"
	"time"
)

// Ending the server's context (SIGTERM) tells every open session why, and
// Serve returns within its grace even when a client would hold on.
func TestShutdownTellsOpenSessions(t *testing.T) {
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	var screens []io.Reader
	var told []*syncBuffer
	for range 3 {
		_, _, screen, errs := openBrowserErrs(t, c, 80, 24)
		screens = append(screens, screen)
		told = append(told, errs)
	}
	eventually(t, "three sessions open", func() bool { return ts.srv.Sessions() == 3 })
	for _, s := range screens {
		go io.Copy(io.Discard, s)
	}
	stuck := ts.client(t) // a connection that never closes by itself
	_ = stuck
	start := time.Now()
	ts.cancel()
	select {
	case <-ts.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the server did not stop within 5 s")
	}
	t.Logf("stopped in %v", time.Since(start))
	for _, errs := range told {
		eventually(t, "the reader told", func() bool { return strings.Contains(errs.String(), "the server is shutting down: try again later") })
	}
	if n := strings.Count(ts.log.String(), `ended=shutdown`); n != 3 {
		t.Errorf("%d sessions were told the server is going, want 3:\n%s", n, ts.log.String())
	}
}
