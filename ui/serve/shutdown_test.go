package serve

import (
	"bufio"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
)

// Ending the server's context (SIGTERM) tells every open session why, and
// the server stops as soon as they have gone. The grace is long, so that
// a loaded machine's slow goodbye is not taken for a missing one.
func TestShutdownTellsOpenSessions(t *testing.T) {
	t.Parallel()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ts := startServerGrace(t, ds, false, Limits{}, testWait)
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
	ts.cancel()
	for _, errs := range told {
		eventually(t, "the reader told", func() bool { return strings.Contains(errs.String(), "the server is shutting down: try again later") })
	}
	if n := strings.Count(ts.log.String(), `ended=shutdown`); n != 3 {
		t.Errorf("%d sessions were told the server is going, want 3:\n%s", n, ts.log.String())
	}
}

// A connection that never closes by itself holds the server no longer
// than its grace.
func TestShutdownClosesWhatStaysAfterGrace(t *testing.T) {
	t.Parallel()
	datatest.SkipUnlessHeavy(t)           // waits out timeouts, off the main paths: .ci/run runs it
	ts := startServer(t, false, Limits{}) // a grace of 1 s
	// A channel that never asks for a shell or a command: the server has
	// it once NewSession returns, and would keep it for startWithin.
	if _, err := ts.client(t).NewSession(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	ts.cancel()
	select {
	case <-ts.done:
	case <-time.After(testWait):
		t.Fatalf("the server did not stop within %v of a grace of 1 s", testWait)
	}
	t.Logf("stopped in %v", time.Since(start))
	if !strings.Contains(ts.log.String(), "closing the connections still open after 1s") {
		t.Errorf("the log does not say it closed what stayed:\n%s", ts.log.String())
	}
}

// A session opened while the server stops, after its goodbye went out, is
// told the same and ends.
func TestSessionOpenedAsTheServerStops(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	ts.srv.stopping.Store(true) // as Serve sets it before its goodbye
	_, errs, status := run(t, c, "list")
	if status != 1 || !strings.Contains(errs, goingAway) {
		t.Errorf("a session opened as the server stops: status %d, stderr %q", status, errs)
	}
}

// A connection still logging in when the server stops (which the SSH
// library does not hold yet) is closed with the rest, not left to its
// handshake timeout of 10 s.
func TestShutdownClosesConnectionsLoggingIn(t *testing.T) {
	t.Parallel() // it waits out the grace: a short one, as it is the closing that counts
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ts := startServerGrace(t, ds, false, Limits{}, 200*time.Millisecond)
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := bufio.NewReader(raw).ReadString('\n'); err != nil { // the server's version: it has the connection
		t.Fatal(err)
	}
	ts.cancel()
	raw.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.Copy(io.Discard, raw); err != nil {
		t.Errorf("the connection was not closed: %v", err)
	}
	<-ts.done
}
