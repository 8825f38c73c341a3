package browser

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// What the list asks of the root, which owns the search and the sort.
type (
	clearSearch  struct{}               // esc on the list: drop the search kept
	cycleSort    struct{ reverse bool } // s: the next sort; S: the other way
	openFacets   struct{}               // f: the facet screen, on the list shown
	openTimeline struct{}               // t: the timeline, of the list shown
)

// searchKey is a key while the search bar has the keys: enter keeps the
// search, esc drops it, ↑/↓ move the list, tab marks the mutual under the
// cursor and moves down (fzf), anything else is typed.
func (b *Browser) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, b.keys.Accept):
		return b.setFocus(onList)
	case key.Matches(msg, b.keys.MarkNext):
		b.list.markAndNext()
		return nil
	case key.Matches(msg, b.keys.Clear):
		b.setFocus(onList)
		b.search.SetValue("")
		return b.runSearch()
	case key.Matches(msg, b.keys.Up, b.keys.Down) && msg.Text == "":
		return b.list.Update(msg)
	}
	return b.updateSearch(msg)
}

// clearSearch drops the search kept on the list, if there is one.
func (b *Browser) clearSearch() tea.Cmd {
	if b.search.Value() == "" {
		return nil
	}
	b.search.SetValue("")
	return b.runSearch()
}

// problemsKey is a key while the problems pane takes them: tab moves the
// keys on, q and esc give them back to the list, and the moves scroll it.
// handled is false for any other key, which goes to the list.
func (b *Browser) problemsKey(msg tea.KeyPressMsg) (handled bool) {
	switch {
	case key.Matches(msg, b.keys.Focus):
		b.tab()
	case key.Matches(msg, b.keys.Back) && b.focus == onProblems:
		b.setFocus(onList)
	default:
		return b.problems.move(msg)
	}
	return true
}

// queryMax is the most the search box holds, in characters: far beyond
// any query typed, and a facet value's term takes at most a quarter of
// it, so that a value of megabytes never fills it.
const queryMax = 1 << 10

// addSearchTerm adds a term (field:value) to the search unless it is
// there, goes back to the list and searches.
func (b *Browser) addSearchTerm(term string) tea.Cmd {
	q := strings.TrimSpace(b.search.Value())
	if !strings.Contains(" "+q+" ", " "+term+" ") {
		q = strings.TrimSpace(q + " " + term)
	}
	b.search.SetValue(q)
	b.search.CursorEnd()
	b.setFocus(onList)
	b.closeAll()
	return b.runSearch()
}
