package browser

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// listScreen is the home screen under the search bar: the mutuals the
// search shows, with the detail of the one under the cursor beside them on
// a wide screen, and the marks. The root, which owns the search and the
// sort, tells it what to show (SetShown).
type listScreen struct {
	*common
	snapshot
	fields    []string // the comparison's rows, for c
	pane      listPane
	detail    scroller
	detailAt  int            // the mutual whose detail is drawn, -1 for none yet
	detailOf  *model.Dataset // the dataset it was drawn from: a load's end or a reload draws it again
	stale     bool           // the detail must be drawn again (a new size, search or pool)
	focus     *focus         // the root's: read here, changed only by asking the root
	wholePool bool           // the detail lists the whole mentor pool (m), not one line
	problems  bool           // the files have problems (the root's problems pane lists them)
	marks     map[int]bool
	marked    []int       // marked positions, in the order marked
	query     model.Query // what the search matched, to highlight
	width     int
	height    int
}

func newListScreen(c *common, d snapshot, f *focus, fields []string) *listScreen {
	return &listScreen{common: c, snapshot: d, fields: fields, focus: f, marks: map[int]bool{}, detailAt: -1, pane: listPane{why: &whyMemo{}}}
}

func (s *listScreen) underSearch() {}

// poolMore is the key the folded mentor pool names when not one name fits.
func poolMore(k KeyMap) string { return k.Pool.Help().Key }

// poolKey is m as the footer says it: what pressing it will do.
func poolKey(k key.Binding, whole bool) key.Binding {
	desc := "whole mentor pool"
	if whole {
		desc = "fold mentor pool"
	}
	k.SetHelp(k.Help().Key, desc)
	return k
}

func (s *listScreen) wide() bool { return s.width >= wideLayout }

// listWidth is the list's share of a wide screen.
func (s *listScreen) listWidth() int {
	if !s.wide() {
		return s.width
	}
	return min(max(s.width*2/5, 30), 56)
}

// detailWidth is the width of the detail beside the list.
func (s *listScreen) detailWidth() int { return s.width - s.listWidth() - 1 }

func (s *listScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.pane.SetSize(s.listWidth(), h)
	s.detail.SetHeight(h - 1)
	s.stale = true
	s.sync()
}

// SetShown shows these positions of the dataset, matched by q.
func (s *listScreen) SetShown(shown []int, q model.Query) {
	s.pane.SetShown(shown)
	s.stale = s.stale || q.Raw != s.query.Raw // its highlights change
	s.query = q
	s.sync()
}

// recordOptions are how the detail draws a record: the search's matches
// highlighted, the mentor pool on one line unless m opened it.
func (s *listScreen) recordOptions() render.RecordOptions {
	return render.RecordOptions{Screen: true, Query: s.query, ShortPool: !s.wholePool, PoolMore: poolMore(s.keys)}
}

// togglePool opens or folds the mentor pool in the detail, keeping the
// detail where it was.
func (s *listScreen) togglePool() {
	s.wholePool = !s.wholePool
	s.stale = true
	top := s.detail.offset
	s.sync()
	s.detail.Scroll(top)
}

// shown are the positions on the list; current the one under the cursor.
func (s *listScreen) shown() []int { return s.pane.shown }
func (s *listScreen) current() int { return s.pane.current() }

// row is the cursor's row on the list, to put it back after a reload.
func (s *listScreen) row() int { return s.pane.cursor }

// sync finds why the rows on screen matched, and renders the detail of
// the mutual under the cursor when it changed; the record is laid out
// once, not per frame.
func (s *listScreen) sync() {
	s.pane.explain(s.ix, s.query)
	i := s.current()
	if i >= len(s.ds.Mutuals) { // new data, the list it shows not yet set
		i = -1
	}
	if i == s.detailAt && s.ds == s.detailOf && !s.stale {
		return
	}
	s.detailAt, s.detailOf, s.stale = i, s.ds, false
	s.detail.Top()
	if i < 0 || !s.wide() {
		s.detail.SetLines(nil)
		return
	}
	opts := s.recordOptions()
	opts.Query = s.ix.For(i, opts.Query) // the side of a | it matched
	s.detail.SetLines(render.RecordView(s.ds, &s.ds.Mutuals[i], max(s.detailWidth()-2, 1), s.st, opts))
}

func (s *listScreen) Update(msg tea.Msg) (cmd tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		cmd = s.key(msg)
	case tea.MouseWheelMsg:
		s.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		s.click(msg.Mouse())
	case toggleMark:
		s.toggle(msg.at)
	case dataChanged:
		// The root follows with the list to show (SetShown) and the marks
		// by id; until then no position may point past the new dataset.
		s.snapshot = msg.snapshot
		s.dropMarksPast(len(s.ds.Mutuals))
	}
	s.sync()
	return cmd
}

// key does what the list's key map says, or moves: the cursor, or the
// detail beside it while it has the keys.
func (s *listScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := s.keyMap().dispatch(msg); ok {
		return cmd
	}
	if *s.focus == onDetail {
		s.scroll(msg, &s.detail)
		return nil
	}
	s.move(msg)
	return nil
}

// compare opens the comparison of the marked mutuals.
func (s *listScreen) compare() {
	if n := len(s.marked); n < 2 {
		s.ask(showStatus{fmt.Sprintf("mark at least two mutuals with space to compare (%d marked)", n)})
		return
	}
	s.ask(openScreen{newCompareScreen(s.common, s.snapshot, s.markedMutuals(), s.fields)})
}

// move moves the cursor with the keys that move every list.
func (s *listScreen) move(msg tea.KeyPressMsg) {
	if d, ok := s.keys.movement(msg, s.pane.visible(), len(s.pane.shown)); ok {
		s.pane.Move(d)
	}
	s.sync()
}

// copy puts the mutual under the cursor on the clipboard as Markdown: the
// same text mutuals show -f markdown prints.
func (s *listScreen) copy() {
	i := s.current()
	if i < 0 || i >= len(s.ds.Mutuals) {
		s.ask(showStatus{"nothing to copy: no mutual is shown"})
		return
	}
	m := &s.ds.Mutuals[i]
	s.ask(copyText{format.RecordMarkdown(s.ds, m), model.Printable(m.Name)})
}

// wheel scrolls the list, or the detail beside it.
func (s *listScreen) wheel(m tea.Mouse) {
	delta := wheel(m)
	switch {
	case delta == 0:
	case s.wide() && m.X > s.listWidth():
		s.detail.Scroll(delta)
	default:
		s.pane.Scroll(delta / 3)
	}
}

// click selects the entry under the pointer, or focuses the detail. The
// screen starts two lines down, under the header and the search bar.
func (s *listScreen) click(m tea.Mouse) {
	if m.Button != tea.MouseLeft {
		return
	}
	if s.wide() && m.X > s.listWidth() {
		s.ask(focusOn{onDetail})
		return
	}
	if i, ok := s.pane.At(m.Y - 2); ok {
		s.pane.MoveTo(i)
		s.ask(focusOn{onList})
	}
}

// View sets the list beside the detail on a wide screen; a narrow one
// shows the list alone (the detail is behind enter).
func (s *listScreen) View() string {
	empty := "no mutual matches"
	if s.problems && len(s.ds.Mutuals) == 0 {
		empty = nothingLoaded
	}
	f := *s.focus
	list := s.pane.View(s.ix, s.query, s.marks, f != onDetail && f != onProblems && !(s.problems && len(s.ds.Mutuals) == 0), empty, s.st)
	if !s.wide() {
		return list
	}
	title := "Detail"
	if pos := s.detail.Position(); pos != "" {
		title += " · " + pos
	}
	detail := append([]string{paneTitle(title, f == onDetail, s.detailWidth(), s.st)}, indent(s.detail.Visible())...)
	sep := s.st.Blurred.Render(strings.TrimSuffix(strings.Repeat("│\n", s.height), "\n"))
	return lipgloss.JoinHorizontal(lipgloss.Top, list, sep, fit(detail, s.detailWidth(), s.height))
}

func indent(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = " " + l
	}
	return out
}
