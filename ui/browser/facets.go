package browser

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// facetScreen counts the values of one field at a time over the mutuals
// the search shows; enter adds the value under the cursor to the search.
// It stays the same screen from one opening to the next, so it opens on
// the field last looked at.
type facetScreen struct {
	*common
	snapshot
	pane  facetPane
	shown []int  // the mutuals counted, positions in the dataset
	query string // the search that shows them
}

func newFacetScreen(c *common, d snapshot) *facetScreen {
	return &facetScreen{common: c, snapshot: d}
}

func (s *facetScreen) underSearch() {}

// facetResult is one field counted over the mutuals shown when the screen
// opened or the list last changed.
type facetResult struct {
	field  int
	counts []model.Count
}

// keyMap is the facet screen's keys: its dispatch, its footer and its
// section of the ? screen.
func (s *facetScreen) keyMap() keyMap {
	k := s.keys
	return keyMap{
		{key: k.NextField, do: func() tea.Cmd { return s.shift(1) }, foot: 2},
		{key: k.PrevField, do: func() tea.Cmd { return s.shift(-1) }, foot: 3},
		{key: k.AddFacet, do: just(s.addToSearch), foot: 1},
		{key: k.Copy, do: just(s.copy), foot: 4},
		{key: k.Back, do: s.askFor(closeScreen{}), foot: 5, unnamed: true},
		{key: k.Facets, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), foot: 6, unnamed: true},
	}
}

func (s *facetScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

func (s *facetScreen) FullHelp() [][]key.Binding { return fullHelp(s.keyGroups()) }

// keyGroups are the facet screen's section of the ? screen.
func (s *facetScreen) keyGroups() []keyGroup { return s.keyMap().section("On the facet screen") }

func (s *facetScreen) SetSize(w, h int) { s.pane.SetSize(w, h) }

func (s *facetScreen) View() string { return s.pane.View(s.st) }

// recount forgets every count and counts the current field again, over
// the mutuals at positions shown.
func (s *facetScreen) recount(shown []int, query string) tea.Cmd {
	s.shown, s.query = shown, query
	s.pane.Reset(len(shown))
	s.pane.Shift(0)
	return s.count(false) // a new round: the counts of the list before are stale
}

// count asks the root to count the field on screen: small datasets count
// at once, large ones off the UI path, so that keys are never kept
// waiting. Each field of one list is one more job of the same round
// (also); a new list starts a new round.
func (s *facetScreen) count(also bool) tea.Cmd {
	field, ds, shown := s.pane.field, s.ds, s.shown
	s.pane.pending[field] = true
	s.ask(runJob{kind: facetJob, size: s.ix.Len(), also: also, work: func(context.Context) any {
		ms := make([]*model.Mutual, len(shown))
		for i, at := range shown {
			ms[i] = &ds.Mutuals[at]
		}
		return facetResult{field: field, counts: model.Facet(ms, model.FacetFields[field])}
	}})
	return nil
}

func (s *facetScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseWheelMsg:
		s.pane.Move(wheel(msg.Mouse()))
	case facetResult:
		s.pane.SetCounts(msg.field, msg.counts)
	case listChanged:
		return s.recount(msg.shown, msg.query)
	case dataChanged:
		s.snapshot = msg.snapshot // the list that follows it comes in listChanged
	}
	return nil
}

func (s *facetScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := s.keyMap().dispatch(msg); ok {
		return cmd
	}
	if d, ok := s.keys.movement(msg, s.pane.rows(), len(s.pane.counts)); ok {
		s.pane.Move(d)
	}
	return nil
}

// shift moves to another field, counting it unless it was counted.
func (s *facetScreen) shift(delta int) tea.Cmd {
	if s.pane.Shift(delta) {
		return nil
	}
	return s.count(true)
}

// addToSearch asks for the value under the cursor to be searched for, as
// field:value; of a long value, its first words, which still find it.
func (s *facetScreen) addToSearch() {
	c, ok := s.pane.Current()
	if !ok {
		return
	}
	term, ok := model.FieldTerm(s.pane.Field(), render.CutWords(c.Value, queryMax/4))
	if !ok {
		s.ask(showStatus{render.FacetValue(s.pane.Field().Key, c) + " cannot be searched for: pick a value"})
		return
	}
	s.ask(addSearchTerm{term})
}

// copy puts the counts on screen on the clipboard as the Markdown table
// mutuals stats -f markdown prints.
func (s *facetScreen) copy() {
	if s.pane.counting {
		s.ask(showStatus{"nothing to copy yet: still counting"})
		return
	}
	f := s.pane.Field()
	st := format.Stats{Field: f, Query: s.query, Mutuals: s.pane.mutuals, Counts: s.pane.counts}
	s.ask(copyText{format.StatsMarkdown(st), "the counts by " + f.Label})
}
