package serve

import (
	"net"
	"sync"
	"time"
)

// Limits bound what clients can take from the server, together and one
// address at a time. Zero values take the defaults.
type Limits struct {
	// Sessions is the most sessions (a browser or a command) open at
	// once; the next is told to come back later. Default 64.
	Sessions int
	// PerMinute is how many connections one address may open a minute;
	// more are closed before the handshake. Default 60.
	PerMinute int
	// Idle closes a connection that has sent and received nothing for
	// this long. Default 15 minutes.
	Idle time.Duration
	// Stall closes a connection whose client has stopped reading what it
	// is sent for this long, so that its output is never held for it.
	// Default 1 minute.
	Stall time.Duration
}

// handshakeTimeout closes a connection that has not logged in by then. A
// variable for the tests.
var handshakeTimeout = 10 * time.Second

// Fixed bounds, not worth a flag.
const (
	// sessionsPerConn bounds the sessions one connection may open at
	// once (OpenSSH's own MaxSessions is 10).
	sessionsPerConn = 10
	// addressesKept bounds the table of recent addresses, so a flood
	// from many addresses cannot grow it without end.
	addressesKept = 10000
	// maxCols and maxRows bound the screen a browser draws, whatever
	// size the client's terminal says it is.
	maxCols = 400
	// maxCommand bounds a command's length: the longest a reader would
	// type is far shorter, and more only costs time.
	maxCommand = 8192
	maxRows    = 200
)

func (l Limits) withDefaults() Limits {
	if l.Sessions <= 0 {
		l.Sessions = 64
	}
	if l.PerMinute <= 0 {
		l.PerMinute = 60
	}
	if l.Idle <= 0 {
		l.Idle = 15 * time.Minute
	}
	if l.Stall <= 0 {
		l.Stall = time.Minute
	}
	return l
}

// connections also holds the connections open at once to a bound: every
// session needs one, and each connection, even one that never logs in,
// costs memory until its handshake times out.
func (l Limits) connections() int { return 2*l.Sessions + 16 }

// channels bounds the session channels open at once: one for each
// session, and a few more, so that a reader over the limit is told so.
func (l Limits) channels() int { return l.Sessions + l.Sessions/4 + 4 }

// rate counts the connections of each address in the current minute.
type rate struct {
	mu      sync.Mutex
	limit   int
	windows map[string]window
	now     func() time.Time
}

type window struct {
	start time.Time
	count int
}

func newRate(limit int) *rate {
	return &rate{limit: limit, windows: map[string]window{}, now: time.Now}
}

// allow counts a connection from addr and says whether it is within the
// limit, and whether it is the first over it this minute (the one worth
// logging). A full table drops the windows that have ended; if every one
// is live, the new address waits for one to end.
func (r *rate) allow(addr net.Addr) (ok, first bool) {
	host := hostOf(addr)
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	w, ok := r.windows[host]
	if !ok || now.Sub(w.start) >= time.Minute {
		if !ok && len(r.windows) >= addressesKept && !r.prune(now) {
			return false, false
		}
		w = window{start: now}
	}
	w.count++
	r.windows[host] = w
	return w.count <= r.limit, w.count == r.limit+1
}

func (r *rate) prune(now time.Time) bool {
	for h, w := range r.windows {
		if now.Sub(w.start) >= time.Minute {
			delete(r.windows, h)
		}
	}
	return len(r.windows) < addressesKept
}

// counter is a count with a ceiling.
type counter struct {
	mu   sync.Mutex
	n    int
	most int
}

func (c *counter) take() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= c.most {
		return false
	}
	c.n++
	return true
}

func (c *counter) give() {
	c.mu.Lock()
	c.n--
	c.mu.Unlock()
}

func (c *counter) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
