package serve

import (
	"crypto/rand"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// channelEnv names the variable by which a session finds its channel's
// state: the library hands the handler a session, not the channel.
const channelEnv = "MUTUALS_SERVE_CHANNEL"

// Bounds on what a client sends before its session starts.
const (
	maxEnv      = 64
	maxEnvBytes = 4096
)

// startWithin closes a session channel that has not asked for a shell or
// a command by then: until it does, nothing reads what the client sends
// on it, which SSH lets pile up to its window (2 MiB). A variable for the
// tests.
var startWithin = 10 * time.Second

// channel is what the server keeps of one session channel: the latest
// size of the client's terminal, waiting to be taken.
type channel struct {
	sizes chan ssh.Window // holds at most the latest size
}

// resize keeps w as the latest size. Only the channel's request loop
// calls it, so once a waiting size is taken out the send cannot block.
func (c *channel) resize(w ssh.Window) {
	select {
	case <-c.sizes:
	default:
	}
	c.sizes <- w
}

// channels are the session channels open, by the id their session finds
// in its environment.
type channels struct{ m sync.Map }

// of is the channel of sess, or nil.
func (cs *channels) of(sess ssh.Session) *channel {
	id := ""
	for _, kv := range sess.Environ() {
		if v, ok := strings.CutPrefix(kv, channelEnv+"="); ok {
			id = v // the last: the server sends it after all the client's
		}
	}
	c, _ := cs.m.Load(id)
	ch, _ := c.(*channel)
	return ch
}

// clientEnv is sess's environment as the client sent it.
func clientEnv(sess ssh.Session) []string {
	var env []string
	for _, kv := range sess.Environ() {
		if !strings.HasPrefix(kv, channelEnv+"=") {
			env = append(env, kv)
		}
	}
	return env
}

// connSessionsKey is the context key of a connection's session count.
type connSessionsKey struct{}

// sessionChannel serves a session channel as charm.land/ssh does, but:
//   - the channels open at once, and those of one connection, are bounded:
//     a channel not yet started holds what its client sends, up to SSH's
//     2 MiB window, so these bound what clients can make the server hold;
//   - agent and X11 forwarding are refused (the library says yes to an
//     agent);
//   - the window changes are taken here: the library writes each into the
//     session's pty while the handler may read it, and queues every one.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	if !s.channelsOpen.take() {
		s.refuseChannel(ctx, nc, conn, "the server is serving its most readers: try again in a few minutes")
		return
	}
	defer s.channelsOpen.give()
	count, _ := ctx.Value(connSessionsKey{}).(*counter)
	if count != nil {
		if !count.take() {
			s.refuseChannel(ctx, nc, conn, "too many sessions on one connection")
			return
		}
		defer count.give()
	}
	pk, _ := ctx.Value(ssh.ContextKeyPublicKey).(ssh.PublicKey)
	key := Fingerprint(pk)
	if ok, log := s.unstarted.take(key); !ok {
		if log { // one line until the key is under the bound again
			s.log.note("refusing channels of key %s from %s: %d not started, the most for one key", key, conn.RemoteAddr(), s.unstarted.each)
		}
		_ = nc.Reject(gossh.ResourceShortage, "too many sessions not started: start one (a shell or a command) first")
		return
	}
	started := &place{give: func() { s.unstarted.give(key) }}
	defer started.leave()
	id := rand.Text()
	c := &channel{sizes: make(chan ssh.Window, 1)}
	s.channels.m.Store(id, c)
	defer s.channels.m.Delete(id)
	refused := func(what string) { s.refused(ctx, conn.RemoteAddr(), what) }
	ssh.DefaultSessionHandler(srv, conn, filtered{nc, id, c, started, refused}, ctx)
}

// refuseChannel refuses nc, saying why to the client, and to the log
// the first time on its connection (a client can ask again and again).
func (s *Server) refuseChannel(ctx ssh.Context, nc gossh.NewChannel, conn *gossh.ServerConn, why string) {
	if logged, ok := ctx.Value(channelRefusedKey{}).(*atomic.Bool); !ok || logged.CompareAndSwap(false, true) {
		s.log.note("refusing a session to %s: %s", conn.RemoteAddr(), why)
	}
	_ = nc.Reject(gossh.ResourceShortage, why)
}

// channelRefusedKey is the context key of whether a refused channel of
// the connection was logged.
type channelRefusedKey struct{}

// filtered is a session channel whose requests pass through filter.
type filtered struct {
	gossh.NewChannel
	id      string
	c       *channel
	started *place // given back when the session starts
	refused func(what string)
}

func (f filtered) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	kept := make(chan *gossh.Request)
	idle := time.AfterFunc(startWithin, func() { ch.Close() })
	go func() {
		defer idle.Stop()
		f.filter(reqs, kept, idle)
	}()
	return ch, kept, nil
}

// filter passes on the requests of a session channel but for those the
// server takes or refuses itself; starting a shell or a command stops idle.
func (f filtered) filter(in <-chan *gossh.Request, out chan<- *gossh.Request, idle *time.Timer) {
	defer close(out)
	named, envs := false, 0
	for r := range in {
		switch r.Type {
		case "env":
			// The library keeps every variable sent: bound them.
			if envs++; envs > maxEnv || len(r.Payload) > maxEnvBytes {
				_ = r.Reply(false, nil)
				continue
			}
			out <- r
		case "auth-agent-req@openssh.com", "x11-req":
			f.refused(r.Type)
			_ = r.Reply(false, nil)
		case "subsystem":
			var sub struct{ Name string }
			_ = gossh.Unmarshal(r.Payload, &sub)
			f.refused("subsystem " + sub.Name)
			_ = r.Reply(false, nil)
		case "window-change":
			var w struct{ Cols, Rows, Width, Height uint32 }
			ok := gossh.Unmarshal(r.Payload, &w) == nil
			if ok {
				f.c.resize(ssh.Window{Width: int(min(w.Cols, 1<<20)), Height: int(min(w.Rows, 1<<20))})
			}
			_ = r.Reply(ok, nil)
		case "shell", "exec":
			if !named {
				idle.Stop()
				f.started.leave()
				// Asks nothing back, so the library's reply goes nowhere.
				out <- &gossh.Request{Type: "env", Payload: gossh.Marshal(struct{ Key, Value string }{channelEnv, f.id})}
				named = true
			}
			out <- r
		default:
			out <- r
		}
	}
}
