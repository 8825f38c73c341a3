package browser

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// eventsScreen is one mutual's record opened from the timeline, scrolled to
// "What happened next": what its row's glyphs stand for, dated and
// sourced. The rest of the record is above and below it. q and esc go back
// to the timeline.
type eventsScreen struct {
	*common
	snapshot
	m         *model.Mutual
	step      stepper                     // the timeline's rows, for ] and [
	rowMutual func(row int) *model.Mutual // the mutual of a timeline row
	width     int
	height    int
	body      scroller
	placed    bool // scrolled to the events once; after that the reader's
}

func newEventsScreen(c *common, d snapshot, m *model.Mutual, step stepper) *eventsScreen {
	return &eventsScreen{common: c, snapshot: d, m: m, step: step}
}

// keyMap is the events screen's keys: its dispatch and its footer. The
// timeline's section of the ? screen names enter, and moving is moving.
func (s *eventsScreen) keyMap() keyMap {
	k := s.keys
	return keyMap{
		{key: k.NextRecord, do: just(func() { s.next(1) }), foot: 1, keys: "]/[", says: "next/previous", unnamed: true},
		{key: k.PrevRecord, do: just(func() { s.next(-1) }), unnamed: true},
		{key: k.Down, foot: 1, keys: "j/k", says: "scroll", unnamed: true}, // the moves
		{key: k.PageDown, foot: 2, unnamed: true},
		{key: k.Copy, do: just(s.copy), foot: 3, unnamed: true},
		{key: k.Back, do: s.askFor(closeScreen{}), foot: 4, keys: "q/esc", says: "back to the timeline", unnamed: true},
		{key: k.Quit, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Open, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), foot: 5, unnamed: true},
	}
}

func (s *eventsScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

// FullHelp is empty: see keyMap.
func (s *eventsScreen) FullHelp() [][]key.Binding { return nil }

func (s *eventsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.body.SetHeight(h - 1)
	lines := render.RecordView(s.ds, s.m, max(w-2, 1), s.st, render.RecordOptions{Screen: true})
	offset := s.body.offset
	s.body.SetLines(lines)
	s.body.offset = offset
	if !s.placed {
		s.body.offset, s.placed = max(render.EventsLine(lines, s.st), 0), true
	}
	s.body.Scroll(0)
}

func (s *eventsScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseWheelMsg:
		s.body.Scroll(wheel(msg.Mouse()))
	}
	return nil
}

func (s *eventsScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := s.keyMap().dispatch(msg); ok {
		return cmd
	}
	s.scroll(msg, &s.body)
	return nil
}

func (s *eventsScreen) copy() {
	s.ask(copyText{format.RecordMarkdown(s.ds, s.m), model.Printable(s.m.Name)})
}

func (s *eventsScreen) View() string {
	title := model.Printable(s.m.Name)
	if pos := s.body.Position(); pos != "" && render.Width(title)+len(" · lines ")+render.Width(pos)+2 <= s.width {
		title += " · lines " + pos
	}
	lines := append([]string{paneTitle(title, true, s.width, s.st)}, indent(s.body.Visible())...)
	return fit(lines, s.width, s.height)
}

// next shows the mutual of the next (d = 1) or previous (-1) row of the
// timeline, at its events.
func (s *eventsScreen) next(d int) {
	row, ok := s.step.by(d)
	if !ok || s.rowMutual == nil {
		return
	}
	if m := s.rowMutual(row); m != nil {
		s.m, s.placed = m, false
		s.SetSize(s.width, s.height) // laid out again, at its events
	}
}
