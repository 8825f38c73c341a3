package serve

import (
	"context"
	"io"
	"time"

	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/ui/browser"
	"github.com/mutuals/mutuals/ui/format"
)

// browse runs a read-only browser on the client's terminal over the
// shared data, sized to the terminal and following its resizes, in the
// colours its environment allows, and shown the data again after each
// reload; a comparison picked with p is printed there once it closes.
func (s *Server) browse(ss *session) int {
	_, ix := s.cfg.Data.Current()
	cols, rows := clampSize(ss.pty.Window)
	b := browser.NewSession(ss.ctx, ix, browser.Terminal{
		In: endsAtEOF{newBoundedInput(ss.sess, func(why string) { ss.end("input", "closed: "+why) }), ss.cancel, ss.activity}, Out: ss.out, Env: ss.env, Width: cols, Height: rows,
	}, browser.SessionOptions{ReadOnly: true, Mouse: true})
	go func() {
		defer s.recovered(ss, "resize")
		followSizes(ss.ctx, ss.sizes, b)
	}()
	stop := s.followReloads(ss, b)
	defer stop()
	c, err := b.Run()
	if err != nil {
		if ss.ctx.Err() == nil {
			s.log.note("browser for %s: %v", ss.sess.RemoteAddr(), err)
		}
		return 1
	}
	if c != nil {
		width := min(max(ss.pty.Window.Width, 20), 1000)
		out := format.NewOutputFor(ss.out, colorprofile.Env(ss.env), width, format.Text)
		if err := out.PrintComparison(*c); err != nil {
			return 1
		}
	}
	return 0
}

// followReloads shows b the data after each reload. A reload only marks
// that newer data waits, so that one reader slow to take it holds up
// neither the reload nor the other readers.
func (s *Server) followReloads(ss *session, b *browser.Session) (stop func()) {
	ctx := ss.ctx
	newer := make(chan struct{}, 1)
	stopWatching := s.cfg.Data.OnChange(func() {
		select {
		case newer <- struct{}{}:
		default: // one waits already; it takes the newest data
		}
	})
	go func() {
		defer s.recovered(ss, "reload")
		for {
			select {
			case <-ctx.Done():
				return
			case <-newer:
				_, ix := s.cfg.Data.Current()
				b.Swap(ix)
			}
		}
	}()
	return stopWatching
}

// resizeEvery is the least time between two sizes handed to the browser:
// each one draws a frame, and a client can send thousands a second.
const resizeEvery = 50 * time.Millisecond

// followSizes hands the client's sizes to the browser, at most one each
// resizeEvery: a size that comes meanwhile replaces the one waiting (see
// channel.resize), so a storm of changes costs a frame now and then, and
// the last size always lands.
func followSizes(ctx context.Context, sizes <-chan ssh.Window, b *browser.Session) {
	for {
		select {
		case <-ctx.Done():
			return
		case w := <-sizes:
			b.Resize(clampSize(w))
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(resizeEvery):
		}
	}
}

// clampSize bounds the screen drawn to what a reader can use: a terminal
// may claim any size, and a frame costs memory and time in proportion. A
// size of 0 is unknown (ssh -tt from a pipe sends it), and RFC 4254 says
// to ignore it: the browser then draws 80×24.
func clampSize(w ssh.Window) (cols, rows int) {
	cols, rows = w.Width, w.Height
	if cols <= 0 {
		cols = 80
	}
	if rows <= 0 {
		rows = 24
	}
	return min(cols, maxCols), min(rows, maxRows)
}

// endsAtEOF ends the session when its input does: the client closed the
// channel (or its stdin), and the connection, whose context the session
// has, may stay open for others.
type endsAtEOF struct {
	r   io.Reader
	end func()
	a   *activity // told of each key, if not nil
}

func (e endsAtEOF) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if n > 0 && e.a != nil {
		e.a.touch()
	}
	if err != nil {
		e.end()
	}
	return n, err
}
