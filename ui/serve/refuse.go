package serve

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// refusalsKey is the context key of the refusals a connection has had
// logged: each kind once a connection, since a client can ask again and
// again.
type refusalsKey struct{}

type refusals struct {
	mu   sync.Mutex
	seen map[string]bool
}

// refused logs that what was refused to addr, the first time on the
// connection of ctx.
func (s *Server) refused(ctx context.Context, addr net.Addr, what string) {
	if r, ok := ctx.Value(refusalsKey{}).(*refusals); ok {
		r.mu.Lock()
		first := !r.seen[what] && len(r.seen) < 32
		if first {
			r.seen[what] = true
		}
		r.mu.Unlock()
		if !first {
			return
		}
	}
	s.log.note("refusing %s to %s", what, addr)
}

// otherChannel refuses any channel but a session: port, socket, agent
// and X11 forwarding.
func (s *Server) otherChannel(_ *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	s.refused(ctx, conn.RemoteAddr(), "channel "+nc.ChannelType())
	_ = nc.Reject(gossh.Prohibited, "mutuals serve forwards nothing: it serves the browser and its printing commands")
}

// otherRequest refuses any request of the connection (tcpip-forward…);
// keepalives, which clients send by themselves, are answered unlogged.
func (s *Server) otherRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	if !strings.HasPrefix(req.Type, "keepalive@") {
		s.refused(ctx, ctx.RemoteAddr(), "request "+req.Type)
	}
	return false, nil
}

// libraryLog is a slog handler writing the SSH library's own lines
// ("ssh: failed to accept session channel") as the server's log lines.
type libraryLog struct {
	l     *logger
	attrs []slog.Attr
}

// LibraryLog routes the log lines of the libraries the server runs on
// into its own log: slog.SetDefault(slog.New(srv.LibraryLog())).
func (s *Server) LibraryLog() slog.Handler { return libraryLog{l: s.log} }

func (h libraryLog) Enabled(_ context.Context, level slog.Level) bool { return level >= slog.LevelInfo }

func (h libraryLog) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	add := func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%s", a.Key, quote(a.Value.String()))
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	h.l.note("%s", b.String())
	return nil
}

func (h libraryLog) WithAttrs(attrs []slog.Attr) slog.Handler {
	return libraryLog{l: h.l, attrs: append(h.attrs[:len(h.attrs):len(h.attrs)], attrs...)}
}

func (h libraryLog) WithGroup(string) slog.Handler { return h }
