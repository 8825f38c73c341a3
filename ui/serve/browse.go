package serve

import (
	"context"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/ui/browser"
	"github.com/mutuals/mutuals/ui/format"
)

// browse runs the browser on the client's terminal, sized to it and
// following its resizes, in the colours its environment allows; a
// comparison picked with p is printed there once the browser closes.
func (s *Server) browse(ss *session) int {
	pty := ss.pty
	ds, _ := s.cfg.Data.Current()
	b := browser.NewBrowser(ds, browser.BrowserOptions{Mouse: true, IsDark: true})
	defer b.Close()
	env := ss.env
	profile := colorprofile.Env(env)
	cols, rows := clampSize(pty.Window)
	p := tea.NewProgram(b,
		tea.WithInput(endsAtEOF{ss.sess, ss.cancel}), tea.WithOutput(ss.out),
		tea.WithEnvironment(env), tea.WithColorProfile(profile),
		tea.WithWindowSize(cols, rows),
		tea.WithContext(ss.ctx), tea.WithoutSignalHandler(),
		// ctrl+z would suspend the server's program, not the client's.
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			if _, ok := msg.(tea.SuspendMsg); ok {
				return nil
			}
			return msg
		}))
	go followSizes(ss.ctx, ss.sizes, p)
	if _, err := p.Run(); err != nil {
		if ss.ctx.Err() == nil {
			s.log.note("browser for %s: %v", ss.sess.RemoteAddr(), err)
		}
		return 1
	}
	if c := b.Result(); c != nil {
		out := format.NewOutputFor(ss.out, profile, min(max(pty.Window.Width, 20), 1000), format.Text)
		if err := out.PrintComparison(*c); err != nil {
			return 1
		}
	}
	return 0
}

// resizeEvery is the least time between two sizes handed to the browser:
// each one draws a frame, and a client can send thousands a second.
const resizeEvery = 50 * time.Millisecond

// followSizes hands the client's sizes to the program, at most one each
// resizeEvery: a size that comes meanwhile replaces the one waiting (see
// channel.resize), so a storm of changes costs a frame now and then, and
// the last size always lands.
func followSizes(ctx context.Context, sizes <-chan ssh.Window, p *tea.Program) {
	for {
		select {
		case <-ctx.Done():
			return
		case w := <-sizes:
			cols, rows := clampSize(w)
			p.Send(tea.WindowSizeMsg{Width: cols, Height: rows})
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
}

func (e endsAtEOF) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil {
		e.end()
	}
	return n, err
}
