package serve

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// idleGrace is how long sessions closed for idleness get to tell their
// readers so before their connection is closed.
const idleGrace = 2 * time.Second

// activity is what a connection's reader did last: a key typed, a
// session started or ended, a command's output. Only these keep a
// connection open: keepalives and window changes, which a client sends
// by itself, do not (the library's idle timeout counts every byte).
type activity struct {
	last atomic.Int64 // unix nanoseconds

	mu       sync.Mutex
	sessions map[*session]bool
}

func newActivity() *activity {
	a := &activity{sessions: map[*session]bool{}}
	a.touch()
	return a
}

func (a *activity) touch() { a.last.Store(time.Now().UnixNano()) }

func (a *activity) idle() time.Duration { return time.Since(time.Unix(0, a.last.Load())) }

func (a *activity) track(ss *session, on bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if on {
		a.sessions[ss] = true
	} else {
		delete(a.sessions, ss)
	}
	a.last.Store(time.Now().UnixNano())
}

func (a *activity) open() []*session {
	a.mu.Lock()
	defer a.mu.Unlock()
	open := make([]*session, 0, len(a.sessions))
	for ss := range a.sessions {
		open = append(open, ss)
	}
	return open
}

// activityKey is the context key of a connection's activity.
type activityKey struct{}

func activityOf(ctx ssh.Context) *activity {
	a, _ := ctx.Value(activityKey{}).(*activity)
	return a
}

// watchIdle closes the connection of ctx once its reader has done nothing
// for limit: its sessions are ended first, saying why, and given
// idleGrace to say it.
func (s *Server) watchIdle(ctx ssh.Context, a *activity, limit time.Duration) {
	tick := time.NewTicker(max(limit/4, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			s.logBroken(ctx)
			return
		case <-tick.C:
		}
		if a.idle() < limit {
			continue
		}
		open := a.open()
		for _, ss := range open {
			ss.end("idle", fmt.Sprintf("closed after %s idle", idleText(limit)))
		}
		for deadline := time.Now().Add(idleGrace); len(a.open()) > 0 && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
		}
		if len(open) == 0 {
			s.log.note("closing the connection of %s after %s idle", ctx.RemoteAddr(), idleText(limit))
		}
		if c, ok := ctx.Value(ssh.ContextKeyConn).(gossh.Conn); ok {
			c.Close()
		}
		return
	}
}

// logBroken logs a logged-in connection that ended in an error the
// library says nothing of (a packet over SSH's bound, a broken MAC); a
// close by either side is not logged.
func (s *Server) logBroken(ctx ssh.Context) {
	c, ok := ctx.Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	err := c.Wait()
	var ne net.Error
	if err == nil || errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || errors.As(err, &ne) {
		return
	}
	s.log.note("connection from %s ended: %v", ctx.RemoteAddr(), err)
}

// idleText is d as a reader would say it: 15m, not 15m0s.
func idleText(d time.Duration) string {
	t := d.String()
	if strings.HasSuffix(t, "m0s") {
		t = strings.TrimSuffix(t, "0s")
	}
	if strings.HasSuffix(t, "h0m") {
		t = strings.TrimSuffix(t, "0m")
	}
	return t
}
