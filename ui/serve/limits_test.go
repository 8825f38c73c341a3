package serve

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestSessionsBeyondTheLimitAreToldToComeBack(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{Sessions: 2})
	c := ts.client(t)
	var held []*gossh.Session
	for range 2 { // two browsers hold the two places
		s := ptySession(t, c, 80, 24)
		held = append(held, s)
	}
	eventually(t, "two sessions open", func() bool { return ts.srv.Sessions() == 2 })
	out, errs, status := run(t, ts.client(t), "list")
	if out != "" || status != 1 || !strings.Contains(errs, "try again in a few minutes") {
		t.Errorf("a third session got %q %q status %d", out, errs, status)
	}
	ptySession(t, ts.client(t), 80, 24) // a third browser, told the same
	eventually(t, "the browser refused, logged as a browser", func() bool {
		return strings.Contains(ts.log.String(), "kind=browser status=1 ended=full")
	})
	held[0].Close()
	eventually(t, "a place free", func() bool { return ts.srv.Sessions() < 2 })
	if _, _, status := run(t, c, "list"); status != 0 {
		t.Errorf("a session after one ended got status %d", status)
	}
}

func TestSessionsOnOneConnectionAreBounded(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	var opened int
	for range sessionsPerConn + 5 {
		if _, err := c.NewSession(); err == nil {
			opened++
		}
	}
	if opened != sessionsPerConn {
		t.Errorf("one connection opened %d sessions at once, want %d", opened, sessionsPerConn)
	}
}

func TestConnectionsAMinuteFromOneAddress(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{PerMinute: 3})
	for i := range 3 {
		c, err := ts.dial(gossh.PublicKeys(ts.key))
		if err != nil {
			t.Fatalf("connection %d: %v", i+1, err)
		}
		c.Close()
	}
	if _, err := ts.dial(gossh.PublicKeys(ts.key)); err == nil {
		t.Error("a fourth connection in the minute got in")
	}
	ts.dial(gossh.PublicKeys(ts.key))
	eventually(t, "the refusal logged", func() bool { return strings.Contains(ts.log.String(), "over 3 connections a minute") })
	if n := strings.Count(ts.log.String(), "over 3 connections a minute"); n != 1 {
		t.Errorf("%d refusals logged for one address in a minute, want 1", n)
	}
}

func TestRateForgetsOldWindowsAndStaysBounded(t *testing.T) {
	t.Parallel()
	r := newRate(2)
	now := time.Unix(1000, 0)
	r.now = func() time.Time { return now }
	a := &net.TCPAddr{IP: net.IPv4(10, 0, 0, 1), Port: 1}
	b := &net.TCPAddr{IP: net.IPv4(10, 0, 0, 1), Port: 2} // same host, another port
	allowed := func(a net.Addr) bool { ok, _ := r.allow(a); return ok }
	if !allowed(a) || !allowed(b) {
		t.Error("a connection within the limit was refused")
	}
	if ok, first := r.allow(a); ok || !first {
		t.Errorf("the third connection in a minute from one host: allowed %v, first over %v", ok, first)
	}
	if ok, first := r.allow(b); ok || first {
		t.Errorf("the fourth: allowed %v, first over %v", ok, first)
	}
	now = now.Add(time.Minute)
	if !allowed(a) {
		t.Error("a new minute did not start again")
	}
	for i := range addressesKept + 100 {
		r.allow(&net.TCPAddr{IP: net.IPv4(11, byte(i>>16), byte(i>>8), byte(i)), Port: 1})
	}
	if len(r.windows) > addressesKept {
		t.Errorf("the table grew to %d addresses, over %d", len(r.windows), addressesKept)
	}
	now = now.Add(time.Minute)
	if !allowed(&net.TCPAddr{IP: net.IPv4(12, 0, 0, 1), Port: 1}) {
		t.Error("a new address was refused after the full table's minute ended")
	}
}

// A client that stops reading is cut off once a write has waited Stall:
// the server never holds its output.
func TestClientThatStopsReading(t *testing.T) {
	t.Parallel() // it waits out a timeout or the watcher: beside the others
	ts := startServer(t, false, Limits{Stall: 300 * time.Millisecond})
	c := ts.client(t)
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := s.StdoutPipe() // never read
	if err != nil {
		t.Fatal(err)
	}
	_ = stdout
	if err := s.Start("flood"); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the stalled session closed", func() bool { return ts.srv.Sessions() == 0 && strings.Contains(ts.log.String(), "ended=stalled") })
	if _, err := c.NewSession(); err == nil {
		t.Error("the connection of a client that stopped reading is still open")
	}
}

// ptySession opens the browser on a cols×rows terminal.
func ptySession(t *testing.T, c *gossh.Client, cols, rows int) *gossh.Session {
	t.Helper()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.RequestPty("xterm-256color", rows, cols, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	s.Stdout = io.Discard
	if _, err := s.StdinPipe(); err != nil { // held open: the reader types nothing
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestIdleConnectionsAreClosed(t *testing.T) {
	t.Parallel() // it waits out a timeout or the watcher: beside the others
	ts := startServer(t, false, Limits{Idle: 300 * time.Millisecond})
	c := ts.client(t)
	closed := make(chan struct{})
	go func() { c.Wait(); close(closed) }()
	select {
	case <-closed:
	case <-time.After(testWait):
		t.Fatal("an idle connection was kept open")
	}
}
