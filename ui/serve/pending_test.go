package serve

import (
	"net"
	"strings"
	"testing"
	"time"
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

// greeted says whether the server sent c its SSH greeting, rather than
// closing it.
func greeted(c net.Conn) bool {
	c.SetReadDeadline(time.Now().Add(testWait))
	n, _ := c.Read(make([]byte, 4))
	return n > 0
}

// Silent connections from one address, however many, take a few places
// among those waiting to log in: a reader with a key still gets in, and
// the refusal is logged once.
func TestSilentConnectionsFromOneAddressLeaveReadersIn(t *testing.T) {
	ts := startServer(t, false, Limits{Sessions: 4, PerMinute: 1000})
	silent := dialFrom(t, ts.addr, "127.0.0.2", 30)
	kept := 0
	for _, c := range silent {
		if greeted(c) {
			kept++
		}
	}
	if kept != pendingPerAddress {
		t.Errorf("%d silent connections from one address kept, want %d", kept, pendingPerAddress)
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
// all, well under the connections the server holds for readers.
func TestConnectionsWaitingToLogInAreBoundedInAll(t *testing.T) {
	limits := Limits{Sessions: 4, PerMinute: 1000}
	ts := startServer(t, false, limits)
	kept := 0
	for i := range 6 {
		for _, c := range dialFrom(t, ts.addr, "127.0.0."+string(rune('3'+i)), pendingPerAddress) {
			if greeted(c) {
				kept++
			}
		}
	}
	if want := limits.withDefaults().pendingMost(); kept != want || want >= limits.withDefaults().connections() {
		t.Errorf("%d connections waiting to log in kept, want %d (of %d in all)", kept, want, limits.withDefaults().connections())
	}
}
