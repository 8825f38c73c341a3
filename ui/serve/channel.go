package serve

import (
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// connSessions is the context key of a connection's session count.
type connSessionsKey struct{}

// sessionChannel is the session channel as charm.land/ssh serves it, with
// a bound on the sessions one connection opens at once, and agent
// forwarding refused: the library itself says yes to it.
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	c, _ := ctx.Value(connSessionsKey{}).(*counter)
	if c != nil {
		if !c.take() {
			_ = ch.Reject(gossh.ResourceShortage, "too many sessions on one connection")
			return
		}
		defer c.give()
	}
	ssh.DefaultSessionHandler(srv, conn, noAgent{ch}, ctx)
}

// noAgent refuses auth-agent-req@openssh.com on the channel it wraps.
type noAgent struct{ gossh.NewChannel }

func (n noAgent) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := n.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	kept := make(chan *gossh.Request)
	go func() {
		defer close(kept)
		for r := range reqs {
			if r.Type == "auth-agent-req@openssh.com" || r.Type == "x11-req" {
				_ = r.Reply(false, nil)
				continue
			}
			kept <- r
		}
	}()
	return ch, kept, nil
}
