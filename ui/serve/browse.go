package serve

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/ui/browser"
	"github.com/mutuals/mutuals/ui/format"
)

// browse runs the browser on the client's terminal, sized to it and
// following its resizes, in the colours its environment allows; a
// comparison picked with p is printed there once the browser closes.
func (s *Server) browse(ss *session, pty ssh.Pty) int {
	ds, _ := s.cfg.Data.Current()
	b := browser.NewBrowser(ds, browser.BrowserOptions{Mouse: true, IsDark: true})
	defer b.Close()
	env := terminalEnv(ss.sess, pty)
	profile := colorprofile.Env(env)
	cols, rows := clampSize(pty.Window)
	p := tea.NewProgram(b,
		tea.WithInput(ss.sess), tea.WithOutput(ss.out),
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
	resized := func(w ssh.Window) {
		cols, rows := clampSize(w)
		p.Send(tea.WindowSizeMsg{Width: cols, Height: rows})
	}
	ss.resized.Store(&resized)
	defer ss.resized.Store(nil)
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

// clampSize bounds the screen drawn to what a reader can use: a terminal
// may claim any size, and a frame costs memory and time in proportion.
func clampSize(w ssh.Window) (cols, rows int) {
	return min(max(w.Width, 1), maxCols), min(max(w.Height, 1), maxRows)
}
