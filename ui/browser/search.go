package browser

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
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
	return b.run(runJob{kind: searchJob, size: b.ix.Len(), work: func(context.Context) any {
		return searchResult{query: q, shown: search()}
	}})
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
	if !b.onList() {
		return nil
	}
	var focus tea.Cmd
	if b.focus != onSearch {
		focus = b.setFocus(onSearch)
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
//
// A query that changed puts the cursor on the first row, as fzf does, so
// that tab marks the new query's best match ("ham" tab ctrl+u "westm" tab
// marks Westminster, not a row "ham" left the cursor on that still
// matches). Clearing the search keeps the cursor on its mutual, now seen
// among all the others.
func (b *Browser) applySearch(r searchResult) tea.Cmd {
	changed := r.query.Raw != b.query.Raw && !r.query.Empty()
	b.query = r.query
	b.found = r.shown
	b.list.SetShown(b.sorted(), b.query)
	if changed {
		b.list.pane.MoveTo(0)
		b.list.sync()
	}
	if !b.onList() {
		return b.top().Update(listChanged{b.list.shown(), b.query.Raw})
	}
	return nil
}

// exampleFrom is how many mutuals the search bar's example is drawn from:
// enough to find a common value, few enough to cost nothing while a large
// file loads.
const exampleFrom = 1000

// setPlaceholder sets what the empty search bar says: how to search,
// with an example built from the loaded data (the most common service
// area), so a user's own register never suggests a field or a value it
// lacks. It starts with what to do, so it is not read as a filter in
// force. The root sets it after every message, as the data and the focus
// it follows change; the view only draws it.
func (b *Browser) setPlaceholder() {
	if b.exampleDS != b.ds {
		b.exampleDS, b.example = b.ds, searchExample(b.ds)
	}
	lead := "press / to search"
	if b.focus == onSearch {
		lead = "type to search"
	}
	text := lead
	if b.example != "" {
		text += ", e.g. " + b.example
	}
	// Cut to the bar with "…", past the prompt and the cursor's cell: the
	// search bar would cut it mid-word with nothing to say so.
	b.search.Placeholder = render.Truncate(text, max(b.width-render.Width(b.search.Prompt)-1, 1))
}

// exampleMax is the longest service area, in bytes, the example may be:
// one a line can show whole.
const exampleMax = 48

// searchExample is a term that finds mutuals in ds: service: and the
// service area most of its first mutuals share, quoted when it is words.
func searchExample(ds *model.Dataset) string {
	count := map[string]int{}
	best := ""
	for i := range min(len(ds.Mutuals), exampleFrom) {
		for _, v := range ds.Mutuals[i].ServiceArea {
			if len(v) > exampleMax {
				continue // no example, and not made one a key
			}
			v = strings.Join(strings.Fields(model.Printable(v)), " ")
			if v == "" || strings.ContainsRune(v, '"') {
				continue
			}
			count[v]++
			if count[v] > count[best] {
				best = v
			}
		}
	}
	if best == "" {
		return ""
	}
	if strings.Contains(best, " ") {
		best = `"` + best + `"`
	}
	return "service:" + strings.ToLower(best)
}

// headerNames are the header's left side, longest first: the programme
// the data names ([programme] name), then the files it came from; with
// no programme, the files alone.
func (b *Browser) headerNames() []string {
	title := b.st.Title.Render("mutuals")
	files := model.Printable(b.ds.Name)
	out := []string{}
	if p := model.Printable(b.ds.Title()); p != "" {
		if files != "" {
			out = append(out, title+b.st.Dim.Render(" · ")+b.st.Heading.Render(p)+b.st.Dim.Render(" · "+files))
		}
		out = append(out, title+b.st.Dim.Render(" · ")+b.st.Heading.Render(p))
	} else if files != "" {
		out = append(out, title+b.st.Dim.Render(" · "+files))
	}
	return append(out, title)
}
