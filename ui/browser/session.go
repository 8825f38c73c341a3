package browser

import (
	"context"
	"errors"
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/model"
)

// Terminal is where a session's browser draws and reads its keys: a
// terminal that is not this process's own, such as an SSH client's.
type Terminal struct {
	In  io.Reader
	Out io.Writer
	// Env is the reader's environment (TERM, COLORTERM, NO_COLOR), from
	// which the colours the terminal shows are found.
	Env []string
	// Width and Height are the terminal's size at the start; Resize
	// passes on its changes.
	Width, Height int
}

// SessionOptions are a session's choices.
type SessionOptions struct {
	// ReadOnly leaves the files alone: e says why it does not edit.
	ReadOnly bool
	Mouse    bool
	Fields   []string // comparison rows; default model.DefaultCompareFields
}

// Session is one reader's browser over data shared with other readers.
type Session struct {
	b *Browser
	p *tea.Program
}

// swapData replaces the shared data shown (Session.Swap).
type swapData struct{ ix *model.Index }

// NewSession opens a browser for one reader on a terminal of its own, over
// data already loaded and indexed (ix.Dataset is the dataset). The browser
// only reads ix, and holds nothing another session could change, so any
// number of sessions may share one index, each in its own goroutine.
// Cancelling ctx ends the session with its terminal restored. ctrl+z is
// ignored: it would stop the serving process, not the reader's.
func NewSession(ctx context.Context, ix *model.Index, term Terminal, opts SessionOptions) *Session {
	d := snapshotOf(ix, false)
	b := newBrowser(d, BrowserOptions{Mouse: opts.Mouse, Fields: opts.Fields, IsDark: true, ReadOnly: opts.ReadOnly})
	b.askBackground = true
	profile := colorprofile.Env(term.Env)
	p := tea.NewProgram(b,
		tea.WithInput(term.In), tea.WithOutput(term.Out),
		tea.WithEnvironment(term.Env), tea.WithColorProfile(profile),
		tea.WithWindowSize(term.Width, term.Height),
		tea.WithContext(ctx), tea.WithoutSignalHandler(),
		tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
			if _, ok := msg.(tea.SuspendMsg); ok {
				return nil
			}
			return msg
		}))
	return &Session{b: b, p: p}
}

// Run runs the session until the reader quits or ctx ends, and returns
// the comparison the reader asked to print with p, or nil.
func (s *Session) Run() (*model.Comparison, error) {
	defer s.b.Close()
	if _, err := s.p.Run(); err != nil {
		if errors.Is(err, tea.ErrProgramKilled) {
			return nil, errors.New("interrupted")
		}
		return nil, err
	}
	return s.b.Result(), nil
}

// Resize passes on a change of the terminal's size.
func (s *Session) Resize(width, height int) {
	s.p.Send(tea.WindowSizeMsg{Width: width, Height: height})
}

// Swap shows newer shared data (after a reload), keeping the reader's
// search, marks, cursor and screen as a reload of the files does. The
// search and the sort run again off the UI path.
func (s *Session) Swap(ix *model.Index) { s.p.Send(swapData{ix}) }

// swap replaces the data shown with shared data.
func (b *Browser) swap(ix *model.Index) tea.Cmd {
	if b.loading {
		return nil
	}
	return b.replaceData(func(context.Context) (*model.Index, error) { return ix, nil })
}
