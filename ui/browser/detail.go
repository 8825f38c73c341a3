package browser

import (
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
	step   stepper
	opts   render.RecordOptions
	width  int
	height int
	body   scroller
}

func newDetailScreen(c *common, d snapshot, at int, step stepper, opts render.RecordOptions) *detailScreen {
	return &detailScreen{common: c, snapshot: d, at: at, step: step, opts: opts}
}

func (s *detailScreen) underSearch() {}

// keyMap is the detail screen's keys: its dispatch and its footer. The
// list's section of the ? screen names them.
func (s *detailScreen) keyMap() keyMap {
	k := s.keys
	return keyMap{
		// The footer's places are priorities: a short footer keeps the
		// first, the keys of reading records (], j/k) before the rest.
		{key: k.Back, do: s.askFor(closeScreen{}), unnamed: true}, // the root places it
		{key: k.Open, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Pool, do: just(s.togglePool), off: !s.ds.HasPools(), foot: 3, says: poolKey(k.Pool, !s.opts.ShortPool).Help().Desc, unnamed: true},
		{key: k.NextRecord, do: just(func() { s.next(1) }), foot: 1, keys: "]/[", says: "next/previous", unnamed: true},
		{key: k.PrevRecord, do: just(func() { s.next(-1) }), unnamed: true},
		{key: k.Down, foot: 2, keys: "j/k", says: "scroll", unnamed: true}, // the moves
		{key: k.Mark, do: s.askFor(toggleMark{s.at}), foot: 4, unnamed: true},
		{key: k.Copy, do: just(s.copy), foot: 5, unnamed: true},
		{key: k.Edit, do: s.askFor(editMutual{s.at}), foot: footIf(s.editable, 6), unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), unnamed: true},
	}
}

func (s *detailScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

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
	opts := s.opts
	opts.Query = s.ix.For(s.at, opts.Query) // the side of a | it matched
	s.body.SetLines(render.RecordView(s.ds, &s.ds.Mutuals[s.at], max(s.width-2, 1), s.st, opts))
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
	if cmd, ok := s.keyMap().dispatch(msg); ok {
		return cmd
	}
	s.scroll(msg, &s.body)
	return nil
}

// next shows the next (d = 1) or previous (-1) mutual of the list, from
// its top.
func (s *detailScreen) next(d int) {
	if at, ok := s.step.by(d); ok && at >= 0 {
		s.at = at
		s.body.Top()
		s.render()
	}
}

// togglePool opens or folds the mentor pool; the scroller keeps its place.
func (s *detailScreen) togglePool() {
	s.opts.ShortPool = !s.opts.ShortPool
	s.render()
}

func (s *detailScreen) copy() {
	if s.at >= 0 && s.at < len(s.ds.Mutuals) {
		m := &s.ds.Mutuals[s.at]
		s.ask(copyText{format.RecordMarkdown(s.ds, m), model.Printable(m.Name)})
	}
}

func (s *detailScreen) View() string { return fit(indent(s.body.Visible()), s.width, s.height) }
