package serve

import (
	"net"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Connections not yet logged in are bounded apart from the rest, one
// address at a time and in all, like sshd's MaxStartups: each costs a
// handshake's memory until it logs in or times out (handshakeTimeout), so
// without these bounds silent connections from one address could take
// every place and lock out readers who hold a key.
const (
	// pendingPerAddress is the most connections one address may have
	// waiting to log in at once.
	pendingPerAddress = 4
	// queuedPerAddress is the most connections from one address waiting
	// for such a place, each for up to handshakeTimeout; more are closed.
	queuedPerAddress = 32
)

// pendingMost is the most connections waiting to log in at once, from
// every address: well under connections(), so that logged-in readers
// keep their places.
func (l Limits) pendingMost() int { return l.Sessions/2 + 8 }

// queuedMost is the most connections waiting for a place among those
// waiting to log in: each costs a socket and a goroutine, not a
// handshake.
func (l Limits) queuedMost() int { return 4 * l.connections() }

// unstartedPerKey is the most session channels one key may hold open
// without starting them (each holds what its client sends, up to SSH's
// 2 MiB window, for startWithin): a quarter of the sessions, at least 2,
// so that one key never holds every channel.
func (l Limits) unstartedPerKey() int { return max(2, l.Sessions/4) }

// places counts what each of many (addresses, keys) holds, with a bound
// on each and on all.
type places struct {
	mu     sync.Mutex
	most   int // in all
	each   int // by one name
	n      int
	byAddr map[string]int
	logged map[string]bool // names whose refusal was logged since they were last under the bound
	freed  chan struct{}   // closed when a place is given back
}

// take counts one more for name (an address, a key), unless name or
// everyone is at the bound; log says the refusal is the first since name
// was under it.
func (p *places) take(name string) (ok, log bool) {
	if p.tryTake(name) {
		return true, false
	}
	return false, p.refused(name)
}

func (p *places) tryTake(name string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.byAddr == nil {
		p.byAddr, p.logged = map[string]int{}, map[string]bool{}
	}
	if p.n >= p.most || p.byAddr[name] >= p.each {
		return false
	}
	p.n++
	p.byAddr[name]++
	return true
}

// refused says whether a refusal for name is the first since it was last
// under the bound, the one worth logging.
func (p *places) refused(name string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.logged == nil {
		p.byAddr, p.logged = map[string]int{}, map[string]bool{}
	}
	log := !p.logged[name] && len(p.logged) < addressesKept
	if log {
		p.logged[name] = true
	}
	return log
}

// wait is take, waiting up to within for a place while name has fewer
// than queue allows waiting: a burst of readers from one address (an
// office behind one router) waits its turn for a moment, while silent
// connections from it wait out their time and then are closed.
func (p *places) wait(name string, within time.Duration, queue *places) (ok, log bool) {
	if p.tryTake(name) {
		return true, false
	}
	if !queue.tryTake(name) {
		return false, p.refused(name)
	}
	defer queue.give(name)
	timer := time.NewTimer(within)
	defer timer.Stop()
	for {
		freed := p.freedChan()
		if p.tryTake(name) {
			return true, false
		}
		select {
		case <-freed:
		case <-timer.C:
			return false, p.refused(name)
		}
	}
}

// freedChan is closed when a place is next given back.
func (p *places) freedChan() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.freed == nil {
		p.freed = make(chan struct{})
	}
	return p.freed
}

func (p *places) give(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n--
	if p.byAddr[name]--; p.byAddr[name] <= 0 {
		delete(p.byAddr, name)
	}
	delete(p.logged, name)
	if p.freed != nil {
		close(p.freed)
		p.freed = nil
	}
}

// pendingKey is the context key of a connection's place among those
// waiting to log in.
type pendingKey struct{}

// place is one connection's place among those waiting to log in, given
// back once: when it logs in or when it closes, whichever is first.
type place struct {
	once sync.Once
	give func()
}

func (pl *place) leave() { pl.once.Do(pl.give) }

// placeConn gives back its place when it closes, and is no longer live.
type placeConn struct {
	net.Conn
	pl   *place
	live *liveConns
}

func (c placeConn) Close() error {
	c.pl.leave()
	c.live.remove(c.Conn)
	return c.Conn.Close()
}

// hostOf is addr without its port.
func hostOf(addr net.Addr) string {
	host := addr.String()
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return host
}

// loggedIn gives back the connection's place once its key is verified:
// public keys being the only way in, it has then logged in.
func loggedIn(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		VerifiedPublicKeyCallback: func(_ gossh.ConnMetadata, _ gossh.PublicKey, perms *gossh.Permissions, _ string) (*gossh.Permissions, error) {
			if pl, ok := ctx.Value(pendingKey{}).(*place); ok {
				pl.leave()
			}
			return perms, nil
		},
	}
}
