package serve

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// dialFrom opens n silent TCP connections to addr from the loopback
// address from, closed when the test ends.
func dialFrom(t *testing.T, addr, from string, n int) []net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}, Timeout: testWait}
	var held []net.Conn
	for range n {
		c, err := d.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
		t.Cleanup(func() { c.Close() })
	}
	return held
}

// held is how many places name holds in p, and in all.
func (p *places) held(name string) (int, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.byAddr[name], p.n
}

// closedSoon says whether the server closed c at once, rather than
// keeping it (waiting for a place, or for a greeting).
func closedSoon(c net.Conn) bool {
	c.SetReadDeadline(time.Now().Add(time.Second))
	_, err := c.Read(make([]byte, 1))
	return err == io.EOF
}

// Silent connections from one address, however many, take a few places
// among those waiting to log in, and a few more wait for one; the rest
// are closed at once. A reader with a key from elsewhere still gets in,
// and the refusal is logged once.
func TestSilentConnectionsFromOneAddressLeaveReadersIn(t *testing.T) {
	t.Parallel()
	datatest.SkipUnlessHeavy(t) // waits out timeouts, off the main paths: .ci/run runs it
	ts := startServer(t, false, Limits{Sessions: 4, PerMinute: 1000})
	silent := dialFrom(t, ts.addr, "127.0.0.2", 60)
	eventually(t, "the silent connections counted", func() bool {
		n, _ := ts.srv.pending.held("127.0.0.2")
		q, _ := ts.srv.queued.held("127.0.0.2")
		return n == pendingPerAddress && q == queuedPerAddress
	})
	closings := make(chan bool, len(silent))
	for _, c := range silent {
		go func() { closings <- closedSoon(c) }()
	}
	closed := 0
	for range silent {
		if <-closings {
			closed++
		}
	}
	if want := 60 - pendingPerAddress - queuedPerAddress; closed != want {
		t.Errorf("%d silent connections from one address closed at once, want %d", closed, want)
	}
	// A reader logged in leaves its place: more than a few at once from
	// one address are served.
	for range pendingPerAddress + 2 {
		if out, _, status := run(t, ts.client(t), "list"); status != 0 || !strings.Contains(out, "args=") {
			t.Fatalf("a reader with a key, beside silent connections: status %d, %q", status, out)
		}
	}
	if n := strings.Count(ts.log.String(), "waiting to log in"); n != 1 {
		t.Errorf("the refusals logged %d times, want once:\n%s", n, ts.log.String())
	}
}

// From many addresses, the connections waiting to log in are bounded in
// all, well under the connections the server holds for readers; one
// over waits for a place, and gets it when they close.
func TestConnectionsWaitingToLogInAreBoundedInAll(t *testing.T) { // not parallel: it sets a timeout the package holds
	old := handshakeTimeout
	handshakeTimeout = 500 * time.Millisecond
	defer func() { handshakeTimeout = old }()
	limits := Limits{Sessions: 4, PerMinute: 1000}
	ts := startServer(t, false, limits)
	var silent []net.Conn
	for i := range 6 {
		silent = append(silent, dialFrom(t, ts.addr, "127.0.0."+string(rune('3'+i)), pendingPerAddress)...)
	}
	most := limits.withDefaults().pendingMost()
	eventually(t, "the silent connections counted", func() bool {
		_, n := ts.srv.pending.held("")
		_, q := ts.srv.queued.held("")
		return n == most && q == 6*pendingPerAddress-most
	})
	if most >= limits.withDefaults().connections() {
		t.Errorf("%d may wait to log in, of %d connections in all", most, limits.withDefaults().connections())
	}
	for _, c := range silent { // their places come free
		c.Close()
	}
	if out, _, status := run(t, ts.client(t), "list"); status != 0 || !strings.Contains(out, "args=") {
		t.Errorf("a reader after silent connections timed out: status %d, %q", status, out)
	}
}
