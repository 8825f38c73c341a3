package serve

import (
	"context"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	"github.com/anmitsu/go-shlex"
	gossh "golang.org/x/crypto/ssh"
)

// session is one browser or command being served.
type session struct {
	sess   ssh.Session
	ctx    context.Context
	cancel context.CancelFunc
	out    *guard // the client's stdout
	errs   *guard // the client's stderr

	status  int
	command []string // the client's, split into words
	pty     ssh.Pty
	isPty   bool
	env     []string          // the client's, with its TERM when it has a terminal
	sizes   <-chan ssh.Window // the latest size of the client's terminal

	activity *activity // the connection's, or nil

	mu   sync.Mutex
	code string // why the server ended it, in a word for the log
	why  string // why the server ended it, said to the client
}

// admitSession counts a session against the limit (one over it is told to
// come back later), and logs it when it ends, saying why if the server
// ended it.
func (s *Server) admitSession(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		rec := record{start: time.Now(), user: sess.User(), key: Fingerprint(sess.PublicKey()),
			addr: sess.RemoteAddr().String(), kind: "command"}
		raw := sess.RawCommand()
		if len(raw) > maxCommand {
			// Splitting words takes time in the square of the length.
			rec.command, rec.status, rec.why = []string{raw}, 2, "too-long"
			fmt.Fprintf(sess.Stderr(), "error: a command of %d bytes: the most this server reads is %d\n", len(raw), maxCommand)
			s.log.session(rec)
			_ = sess.Exit(rec.status)
			return
		}
		rec.command = sess.Command()
		if _, err := shlex.Split(raw, true); err != nil {
			// The library would run the words before the quote.
			rec.command, rec.status, rec.why = []string{raw}, 2, "bad-quote"
			fmt.Fprintf(sess.Stderr(), "error: the command has an unclosed quote: close it, as a shell would want (ssh HOST \"show 'homeless healthcare'\")\n")
			s.log.session(rec)
			_ = sess.Exit(rec.status)
			return
		}
		if _, _, pty := sess.Pty(); pty && len(rec.command) == 0 {
			rec.kind = "browser"
		}
		if !s.sessions.take() {
			rec.status, rec.why = 1, "full"
			fmt.Fprintf(sess.Stderr(), "mutuals: this server is serving its most readers (%d) at once: try again in a few minutes\n", s.cfg.Limits.Sessions)
			s.log.session(rec)
			_ = sess.Exit(rec.status)
			return
		}
		defer s.sessions.give()
		ss := s.newSession(sess)
		ss.command = rec.command
		defer ss.cancel()
		s.track(ss, true)
		defer s.track(ss, false)
		if s.stopping.Load() { // opened as the server stops, after its goodbye
			ss.end("shutdown", goingAway)
		}
		if ss.activity != nil {
			ss.activity.track(ss, true)
			defer ss.activity.track(ss, false)
		}
		// The context is the connection's, which other sessions share.
		s.sessions.byChannel.Store(sess, ss)
		defer s.sessions.byChannel.Delete(sess)
		func() {
			defer s.recovered(ss, "session")
			next(sess)
		}()
		rec.status = ss.status
		if code, why := ss.ended(); why != "" {
			rec.why = code
			fmt.Fprintf(ss.errs, "\nmutuals: %s\n", why)
			if rec.status == 0 {
				rec.status = 1
			}
		}
		s.log.session(rec)
		_ = sess.Exit(rec.status)
	}
}

// serveSession serves a session admitted: a terminal with no command is
// the browser, anything else a printing command.
func (s *Server) serveSession(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		v, _ := s.sessions.byChannel.Load(sess)
		ss := v.(*session)
		if ss.isPty && len(ss.command) == 0 {
			ss.status = s.browse(ss)
			return
		}
		// A command reads nothing: what the client sends is dropped, so
		// it never piles up in the channel.
		go io.Copy(io.Discard, sess)
		var t *Terminal
		if ss.isPty {
			t = &Terminal{Width: ss.pty.Window.Width, Env: ss.env}
		}
		ss.status = s.command(ss, ss.command, t)
	}
}

func (s *Server) newSession(sess ssh.Session) *session {
	ctx, cancel := context.WithCancel(sess.Context())
	ss := &session{sess: sess, ctx: ctx, cancel: cancel, out: &guard{w: sess}, errs: &guard{w: sess.Stderr()}, env: clientEnv(sess)}
	// Read once: the pty is not written after its request, as the window
	// changes are taken before the library sees them (see sessionChannel).
	ss.pty, _, ss.isPty = sess.Pty()
	ss.activity = activityOf(sess.Context())
	if a := ss.activity; a != nil && !(ss.isPty && len(sess.Command()) == 0) {
		ss.out.wrote = a.touch // a command's output is the reader's work
	}
	if ss.isPty {
		ss.env = append(ss.env, "TERM="+ss.pty.Term)
	}
	if c := s.channels.of(sess); c != nil {
		ss.sizes = c.sizes
	}
	go func() {
		defer s.recovered(ss, "stall watch")
		ss.watchStalls(s.cfg.Limits.Stall)
	}()
	return ss
}

// end ends the session, to tell the client why once it has stopped, and
// the log in a word (code).
func (ss *session) end(code, why string) {
	ss.mu.Lock()
	if ss.why == "" {
		ss.code, ss.why = code, why
	}
	ss.mu.Unlock()
	ss.cancel()
}

func (ss *session) ended() (code, why string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.code, ss.why
}

// watchStalls closes the connection of a client that has stopped reading:
// a write to it blocks once its SSH window is full, and would hold the
// session (and what it was writing) for as long as the client liked.
func (ss *session) watchStalls(limit time.Duration) {
	tick := time.NewTicker(max(limit/4, 10*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-ss.ctx.Done():
			return
		case <-tick.C:
			if ss.out.stalled(limit) || ss.errs.stalled(limit) {
				ss.end("stalled", "closed: the client stopped reading")
				if c, ok := ss.sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn); ok {
					c.Close()
				}
				return
			}
		}
	}
}

// guard is a writer that remembers since when a write has been waiting.
type guard struct {
	w     io.Writer
	wrote func()       // called after each write, if not nil
	since atomic.Int64 // unix nanoseconds, 0 when no write waits
}

func (g *guard) Write(p []byte) (int, error) {
	g.since.Store(time.Now().UnixNano())
	defer g.since.Store(0)
	if g.wrote != nil {
		defer g.wrote()
	}
	return g.w.Write(p)
}

func (g *guard) stalled(limit time.Duration) bool {
	t := g.since.Load()
	return t != 0 && time.Since(time.Unix(0, t)) > limit
}
