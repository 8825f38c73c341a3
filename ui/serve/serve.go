// Package serve serves the browser and the printing commands over SSH,
// read-only, to many readers at once: a session with a terminal gets the
// browser on the served data, a command (ssh HOST list) gets what the same
// command prints locally. Every session reads one shared dataset and index.
package serve

import (
	"errors"
	"io"
	"net"
	"sync"
	"sync/atomic"

	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"
)

// Config is what the command line decides for the server.
type Config struct {
	HostKey gossh.Signer
	// Keys lets in only its keys; nil with Open lets in any key.
	Keys   *AuthorizedKeys
	Open   bool
	Data   *Shared
	Limits Limits
	// Command runs a printing command for a client (see Request).
	Command Command
	// Log receives one line per session, and a line for each refusal.
	Log io.Writer
	// Version is sent in the SSH greeting.
	Version string
}

// Server is a running SSH server; Serve runs it until its context is done.
type Server struct {
	cfg   Config
	ssh   *ssh.Server
	rate  *rate
	conns counter
	// channelsOpen counts session channels, started or not.
	channelsOpen counter
	pending      places // connections waiting to log in, by address
	queued       places // connections waiting for a place in pending, by address
	unstarted    places // session channels not yet started, by key
	sessions     struct {
		counter
		byChannel sync.Map // ssh.Session → *session
	}
	log      *logger
	channels channels
	full     atomic.Bool // connections are being refused, and it was logged

	mu   sync.Mutex
	open map[*session]bool

	stopping atomic.Bool // sessions opened from now on are told the server is going
	live     liveConns   // every connection admitted and not yet closed
}

// New checks cfg and builds the server: public keys only (no password or
// keyboard-interactive), no forwarding of ports, agents or X11, no
// subsystems.
func New(cfg Config) (*Server, error) {
	if cfg.HostKey == nil || cfg.Data == nil || cfg.Command == nil {
		return nil, errors.New("serve: a host key, data and a command runner are needed")
	}
	if cfg.Keys == nil && !cfg.Open {
		return nil, errors.New("say who may connect: --authorized-keys FILE, or --open for anyone")
	}
	cfg.Limits = cfg.Limits.withDefaults()
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	s := &Server{cfg: cfg, rate: newRate(cfg.Limits.PerMinute), log: &logger{w: cfg.Log}, open: map[*session]bool{}}
	s.conns.most = cfg.Limits.connections()
	s.pending.most, s.pending.each = cfg.Limits.pendingMost(), pendingPerAddress
	s.queued.most, s.queued.each = cfg.Limits.queuedMost(), queuedPerAddress
	s.unstarted.most, s.unstarted.each = cfg.Limits.channels(), cfg.Limits.unstartedPerKey()
	s.channelsOpen.most = cfg.Limits.channels()
	s.sessions.most = cfg.Limits.Sessions
	srv, err := wish.NewServer(
		func(srv *ssh.Server) error {
			srv.HostSigners = []ssh.Signer{cfg.HostKey}
			srv.Version = "mutuals-" + cfg.Version
			srv.PublicKeyHandler = s.allow
			srv.ConnCallback = s.admit
			srv.ServerConfigCallback = loggedIn
			srv.HandshakeTimeout = handshakeTimeout
			// No library IdleTimeout: it counts keepalives (see watchIdle).
			srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel, "default": s.otherChannel}
			// No request handlers: tcpip-forward is refused, and no channel
			// type but session is known (direct-tcpip, x11 are refused).
			srv.RequestHandlers = map[string]ssh.RequestHandler{"default": s.otherRequest}
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			srv.ConnectionFailedCallback = func(c net.Conn, err error) {
				s.log.note("no session for %s: %v", c.RemoteAddr(), err)
			}
			srv.ConnectionCloseCallback = func(net.Conn) {
				s.conns.give()
				s.full.Store(false)
			}
			return nil
		},
		// The last runs first: a session is counted and logged, then served.
		wish.WithMiddleware(s.serveSession, s.admitSession),
	)
	if err != nil {
		return nil, err
	}
	s.ssh = srv
	return s, nil
}

// allow is public-key authentication, the only kind offered.
func (s *Server) allow(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.cfg.Open {
		return true
	}
	ok, err := s.cfg.Keys.Allows(key)
	if err != nil {
		s.log.note("authorized keys: %v (no key is let in until it reads again)", err)
	}
	return ok
}

// admit turns away, before the handshake, a connection over the limits:
// too many from its address this minute, or too many open at all.
func (s *Server) admit(ctx ssh.Context, c net.Conn) net.Conn {
	if ok, first := s.rate.allow(c.RemoteAddr()); !ok {
		if first { // one line a minute an address, however many it tries
			s.log.note("refusing %s for the rest of the minute: over %d connections a minute", c.RemoteAddr(), s.cfg.Limits.PerMinute)
		}
		return nil
	}
	host := hostOf(c.RemoteAddr())
	if ok, log := s.pending.wait(host, handshakeTimeout, &s.queued); !ok {
		if log { // one line until the address has a place again
			s.log.note("refusing %s: %d connections from it, or %d in all, waiting to log in, the most", c.RemoteAddr(), pendingPerAddress, s.pending.most)
		}
		return nil
	}
	pl := &place{give: func() { s.pending.give(host) }}
	if !s.conns.take() {
		pl.leave()
		if s.full.CompareAndSwap(false, true) { // one line until a connection ends
			s.log.note("refusing connections: %d open, the most", s.conns.most)
		}
		return nil
	}
	ctx.SetValue(pendingKey{}, pl)
	ctx.SetValue(connSessionsKey{}, &counter{most: sessionsPerConn})
	ctx.SetValue(channelRefusedKey{}, new(atomic.Bool))
	ctx.SetValue(refusalsKey{}, &refusals{seen: map[string]bool{}})
	a := newActivity()
	ctx.SetValue(activityKey{}, a)
	go s.watchIdle(ctx, a, s.cfg.Limits.Idle)
	s.live.add(c)
	return placeConn{c, pl, &s.live}
}

func (s *Server) track(ss *session, on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if on {
		s.open[ss] = true
	} else {
		delete(s.open, ss)
	}
}

// Sessions is how many sessions are open now.
func (s *Server) Sessions() int { return s.sessions.count() }
