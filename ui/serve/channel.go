package serve

import (
	"crypto/rand"
	"strings"
	"sync"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// channelEnv names the variable by which a session finds its channel's
// state: the library hands the handler a session, not the channel.
const channelEnv = "MUTUALS_SERVE_CHANNEL"

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

// sessionChannel serves a session channel as charm.land/ssh does, with a
// bound on the sessions one connection opens at once, agent and X11
// forwarding refused (the library says yes to an agent), and the window
// changes taken here: the library writes each into the session's pty
// while the handler may read it, and queues every one.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	count, _ := ctx.Value(connSessionsKey{}).(*counter)
	if count != nil {
		if !count.take() {
			_ = nc.Reject(gossh.ResourceShortage, "too many sessions on one connection")
			return
		}
		defer count.give()
	}
	id := rand.Text()
	c := &channel{sizes: make(chan ssh.Window, 1)}
	s.channels.m.Store(id, c)
	defer s.channels.m.Delete(id)
	ssh.DefaultSessionHandler(srv, conn, filtered{nc, id, c}, ctx)
}

// filtered is a session channel whose requests pass through filter.
type filtered struct {
	gossh.NewChannel
	id string
	c  *channel
}

func (f filtered) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	kept := make(chan *gossh.Request)
	go f.filter(reqs, kept)
	return ch, kept, nil
}

func (f filtered) filter(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	named := false
	for r := range in {
		switch r.Type {
		case "auth-agent-req@openssh.com", "x11-req":
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
