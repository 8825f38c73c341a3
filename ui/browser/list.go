package browser

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// listKeys are the list's keys on the ? screen.
func listKeys(k KeyMap) []keyGroup {
	return []keyGroup{{"Find, mark and compare", []key.Binding{
		k.Search, k.Accept, k.Back, k.Mark, k.Compare, k.Open, k.Focus, k.Sort, k.Facets, k.Timeline, k.Copy, k.Edit,
	}}}
}

// listHelp is the footer of the list.
func (b *Browser) listHelp() []key.Binding {
	k := b.keys
	if b.focus == focusSearch {
		return []key.Binding{k.Accept, k.Back, k.ForceQuit}
	}
	bindings := []key.Binding{k.Search, k.Mark, k.Compare, k.Edit, k.Sort, k.Facets, k.Timeline, k.Copy, k.Focus, k.Help, k.Quit}
	if !b.wide() { // the detail is behind enter, and tab has nothing to do
		bindings = []key.Binding{k.Search, k.Mark, k.Compare, k.Open, k.Edit, k.Sort, k.Facets, k.Timeline, k.Copy, k.Help, k.Quit}
	}
	if !b.editable { // e only explains, on the built-in data
		bindings = slices.DeleteFunc(bindings, func(x key.Binding) bool { return x.Help() == k.Edit.Help() })
	}
	return bindings
}

func (b *Browser) browseKey(msg tea.KeyPressMsg) tea.Cmd {
	k := b.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Search):
		b.focus = focusSearch
		return b.search.Focus()
	case key.Matches(msg, k.Back):
		if b.search.Value() != "" {
			b.search.SetValue("")
			return b.runSearch()
		}
	case key.Matches(msg, k.Mark):
		b.toggleMark(b.list.current())
	case key.Matches(msg, k.Compare):
		b.openComparison()
	case key.Matches(msg, k.Sort):
		return b.cycleSort()
	case key.Matches(msg, k.Copy):
		return b.copyEntry()
	case key.Matches(msg, k.Edit):
		return b.editRecord(b.list.current())
	case key.Matches(msg, k.Facets):
		b.open(b.facets)
		return b.facets.recount(b.list.shown, b.query.Raw)
	case key.Matches(msg, k.Timeline):
		b.open(b.timeline)
		return b.timeline.build(b.list.shown)
	case key.Matches(msg, k.Focus):
		b.toggleFocus()
	case key.Matches(msg, k.Help):
		b.ask(openHelp{})
	case key.Matches(msg, k.Open) && !b.wide() && b.list.current() >= 0:
		b.open(newDetailScreen(b.common, b.list.current()))
	case b.focus == focusDetail:
		b.scroll(msg, &b.detail)
	default:
		b.moveKey(msg)
	}
	b.syncDetail()
	return nil
}

// moveKey moves the list cursor.
func (b *Browser) moveKey(msg tea.KeyPressMsg) {
	if d, ok := b.keys.movement(msg, b.list.visible(), len(b.list.shown)); ok {
		b.list.Move(d)
	}
}

func (b *Browser) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, b.keys.Accept):
		b.focus = focusList
		b.search.Blur()
		return nil
	case key.Matches(msg, b.keys.Back):
		b.focus = focusList
		b.search.Blur()
		b.search.SetValue("")
		return b.runSearch()
	case key.Matches(msg, b.keys.Up, b.keys.Down) && msg.Text == "":
		b.moveKey(msg)
		b.syncDetail()
		return nil
	}
	return b.updateSearch(msg)
}

// toggleMark marks or unmarks the mutual at a position in the dataset.
func (b *Browser) toggleMark(at int) {
	if at < 0 || at >= len(b.ds.Mutuals) {
		return
	}
	if b.marks[at] {
		delete(b.marks, at)
		b.marked = slices.DeleteFunc(b.marked, func(m int) bool { return m == at })
		return
	}
	b.marks[at] = true
	b.marked = append(b.marked, at)
}

// markedMutuals are the marked mutuals, in the order marked.
func (b *Browser) markedMutuals() []*model.Mutual {
	ms := make([]*model.Mutual, len(b.marked))
	for i, at := range b.marked {
		ms[i] = &b.ds.Mutuals[at]
	}
	return ms
}

func (b *Browser) openComparison() {
	if len(b.marked) < 2 {
		b.status = fmt.Sprintf("mark at least two mutuals with space to compare (%d marked)", len(b.marked))
		return
	}
	b.open(newCompareScreen(b.common, b.markedMutuals()))
}

func (b *Browser) toggleFocus() {
	if !b.wide() {
		b.status = "the detail is behind enter on a narrow screen"
		return
	}
	if b.focus == focusDetail {
		b.focus = focusList
	} else {
		b.focus = focusDetail
	}
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
	b.focus = focusList
	b.screens = nil
	b.layout()
	return b.runSearch()
}
