package browser

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// searchResult is the outcome of one search.
type searchResult struct {
	query model.Query
	shown []int
}

// runSearch filters by what the search bar holds. Small datasets filter at
// once; large ones in a command, off the UI path, so typing never waits.
func (b *Browser) runSearch() tea.Cmd {
	q := model.ParseQuery(b.search.Value())
	b.hint = ""
	if err := q.Err(); err != nil {
		b.hint = err.Error()
	}
	search := b.searcher(q)
	return b.run(searchJob, b.ix.Len(), func() any { return searchResult{query: q, shown: search()} })
}

// updateSearch hands a message to the search bar and filters when its text
// changed, however it changed: a key, a paste, the clipboard. What it holds
// is made printable first, so an escape sequence shows as symbols (␛]0;…)
// and a bidi control is dropped, as everywhere else on the screen.
func (b *Browser) updateSearch(msg tea.Msg) tea.Cmd {
	before := b.search.Value()
	var cmd tea.Cmd
	b.search, cmd = b.search.Update(msg)
	if v := b.search.Value(); strings.ContainsFunc(v, model.Unsafe) {
		pos := b.search.Position()
		b.search.SetValue(model.Printable(v))
		b.search.SetCursor(pos)
	}
	if b.search.Value() != before {
		return tea.Batch(cmd, b.runSearch())
	}
	return cmd
}

// paste puts pasted text in the search, as typing it would, and filters;
// a paste on the list starts a search with it. Other screens take none.
func (b *Browser) paste(msg tea.PasteMsg) tea.Cmd {
	if b.top() != nil {
		return nil
	}
	var focus tea.Cmd
	if !b.searching {
		b.searching = true
		focus = b.search.Focus()
		b.search.CursorEnd()
	}
	// Printable before the search bar's own clean-up, which would drop ESC
	// rather than show it.
	return tea.Batch(focus, b.updateSearch(tea.PasteMsg{Content: model.Printable(msg.Content)}))
}

// searcher picks the cheapest way to run q: when it only narrows the query
// shown now (one more letter typed), among the mutuals shown now.
func (b *Browser) searcher(q model.Query) func() []int {
	ix := b.ix
	if !b.query.Empty() && q.Narrows(b.query) {
		within := b.found
		return func() []int { return ix.SearchWithin(q, within) }
	}
	return func() []int { return ix.Search(q) }
}

// applySearch shows a search's result; the facet or timeline screen, if
// open, follows the new list.
func (b *Browser) applySearch(r searchResult) tea.Cmd {
	b.query = r.query
	b.found = r.shown
	b.list.SetShown(b.sorted(), b.query)
	if top := b.top(); top != nil {
		return top.Update(listChanged{b.list.shown(), b.query.Raw})
	}
	return nil
}
