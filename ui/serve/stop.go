package serve

import (
	"context"
	"net"
	"sync"
	"time"

	"github.com/mutuals/mutuals/model"
)

// Serve accepts connections on ln until ctx is done, then stops taking
// new ones, tells every open session the server is going, and waits up to
// grace for the connections to close before it closes what is left.
//
// The library's own Shutdown is not used: it waits on a WaitGroup that a
// handshake finishing at the same moment adds to, a race
// (gliderlabs/ssh#117) the race detector reports. The server counts its
// connections itself.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- s.ssh.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	ln.Close()
	s.stopping.Store(true)
	n := s.goodbye()
	s.log.note("shutting down: telling %d open %s", n, model.Plural(n, "session", "sessions"))
	for deadline := time.Now().Add(grace); s.conns.count() > 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			s.log.note("closing the connections still open after %v", grace)
			break
		}
	}
	s.ssh.Close()
	s.live.closeAll() // those still logging in, which the library does not hold yet
	<-done
	s.log.note("stopped")
	return nil
}

// goodbye ends every open session, saying why, and says how many. A
// session opened after it ends itself the same way (see admitSession).
func (s *Server) goodbye() int {
	s.mu.Lock()
	open := make([]*session, 0, len(s.open))
	for ss := range s.open {
		open = append(open, ss)
	}
	s.mu.Unlock()
	for _, ss := range open {
		ss.end("shutdown", goingAway)
	}
	return len(open)
}

// goingAway is what a session is told when the server stops.
const goingAway = "the server is shutting down: try again later"

// liveConns is every connection admitted and not yet closed.
type liveConns struct {
	mu    sync.Mutex
	conns map[net.Conn]bool
}

func (l *liveConns) add(c net.Conn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.conns == nil {
		l.conns = map[net.Conn]bool{}
	}
	l.conns[c] = true
}

func (l *liveConns) remove(c net.Conn) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.conns, c)
}

func (l *liveConns) closeAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for c := range l.conns {
		c.Close()
	}
}
