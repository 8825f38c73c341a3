package browser

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// detailScreen is one mutual's record alone, behind enter on a screen too
// narrow to show it beside the list; a wide screen shows it there instead,
// so widening the terminal closes it.
type detailScreen struct {
	*common
	snapshot
	at     int // the mutual's position in the dataset
	opts   render.RecordOptions
	width  int
	height int
	body   scroller
}

func newDetailScreen(c *common, d snapshot, at int, opts render.RecordOptions) *detailScreen {
	return &detailScreen{common: c, snapshot: d, at: at, opts: opts}
}

func (s *detailScreen) underSearch() {}

func (s *detailScreen) ShortHelp() []key.Binding {
	k := s.keys
	bindings := []key.Binding{k.Back, relabel(k.Down, "j/k", "scroll"), k.Mark, k.Copy, k.Quit}
	if s.editable {
		bindings = slices.Insert(bindings, 4, k.Edit)
	}
	if s.ds.HasPools() {
		bindings = slices.Insert(bindings, 1, poolKey(k.Pool, !s.opts.ShortPool))
	}
	return bindings
}

// FullHelp is empty: the list's group names the detail's keys.
func (s *detailScreen) FullHelp() [][]key.Binding { return nil }

func (s *detailScreen) SetSize(w, h int) {
	if w >= wideLayout {
		s.ask(closeScreen{})
	}
	s.width, s.height = w, h
	s.body.SetHeight(h)
	s.render()
}

func (s *detailScreen) render() {
	if s.at < 0 || s.at >= len(s.ds.Mutuals) {
		s.body.SetLines(nil)
		return
	}
	s.body.SetLines(render.RecordView(s.ds, &s.ds.Mutuals[s.at], max(s.width-2, 1), s.st, s.opts))
}

func (s *detailScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseWheelMsg:
		s.body.Scroll(wheel(msg.Mouse()))
	case dataChanged:
		s.snapshot = msg.snapshot
		s.render()
	}
	return nil
}

func (s *detailScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back, k.Open):
		s.ask(closeScreen{})
	case key.Matches(msg, k.Mark):
		s.ask(toggleMark{s.at})
	case key.Matches(msg, k.Copy):
		if s.at >= 0 && s.at < len(s.ds.Mutuals) {
			m := &s.ds.Mutuals[s.at]
			s.ask(copyText{format.RecordMarkdown(s.ds, m), model.Printable(m.Name)})
		}
	case key.Matches(msg, k.Edit):
		s.ask(editMutual{s.at})
	case key.Matches(msg, k.Pool) && s.ds.HasPools():
		s.opts.ShortPool = !s.opts.ShortPool
		s.render() // the scroller keeps its place
	case key.Matches(msg, k.Help):
		s.ask(openHelp{})
	default:
		s.scroll(msg, &s.body)
	}
	return nil
}

func (s *detailScreen) View() string { return fit(indent(s.body.Visible()), s.width, s.height) }
