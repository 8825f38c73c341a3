package browser

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// homeKey is a key on the list. The keys of the search, the sort and the
// other screens are the root's; the rest are the list's own.
func (b *Browser) homeKey(msg tea.KeyPressMsg) tea.Cmd {
	k := b.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Search):
		b.searching, b.list.focused = true, false
		return b.search.Focus()
	case key.Matches(msg, k.Clear) && b.search.Value() != "":
		b.search.SetValue("")
		return b.runSearch()
	case key.Matches(msg, k.Compare):
		b.openComparison()
	case key.Matches(msg, k.Sort):
		return b.cycleSort()
	case key.Matches(msg, k.Reverse):
		return b.reverseSort()
	case key.Matches(msg, k.Facets):
		b.open(b.facets)
		return b.facets.recount(b.list.shown(), b.query.Raw)
	case key.Matches(msg, k.Timeline):
		b.open(b.timeline)
		return b.timeline.build(b.list.shown())
	case key.Matches(msg, k.Help):
		b.ask(openHelp{})
	case key.Matches(msg, k.Focus) && b.problems.any() && (b.problems.focused || b.list.focused || !b.list.wide()):
		b.problems.focused, b.list.focused = !b.problems.focused, false
	case b.problems.takesKeys() && b.problems.move(msg):
	default:
		return b.list.Update(msg)
	}
	return nil
}

func (b *Browser) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, b.keys.Accept):
		b.searching = false
		b.search.Blur()
		return nil
	case key.Matches(msg, b.keys.Clear):
		b.searching = false
		b.search.Blur()
		b.search.SetValue("")
		return b.runSearch()
	case key.Matches(msg, b.keys.Up, b.keys.Down) && msg.Text == "":
		return b.list.Update(msg)
	}
	return b.updateSearch(msg)
}

func (b *Browser) openComparison() {
	if n := len(b.list.marked); n < 2 {
		b.status = fmt.Sprintf("mark at least two mutuals with space to compare (%d marked)", n)
		return
	}
	b.open(newCompareScreen(b.common, b.list.markedMutuals()))
}

// addSearchTerm adds a term (field:value) to the search unless it is
// there, goes back to the list and searches.
func (b *Browser) addSearchTerm(term string) tea.Cmd {
	q := strings.TrimSpace(b.search.Value())
	if !strings.Contains(" "+q+" ", " "+term+" ") {
		q = strings.TrimSpace(q + " " + term)
	}
	b.search.SetValue(q)
	b.search.CursorEnd()
	b.searching = false
	b.screens = nil
	b.layout()
	return b.runSearch()
}
