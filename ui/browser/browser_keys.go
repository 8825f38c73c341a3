package browser

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

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
		b.toggleMark()
	case key.Matches(msg, k.Compare):
		b.openComparison()
	case key.Matches(msg, k.Sort):
		return b.cycleSort()
	case key.Matches(msg, k.Copy):
		return b.copyEntry()
	case key.Matches(msg, k.Edit):
		return b.editRecord()
	case key.Matches(msg, k.Facets):
		return b.openFacets()
	case key.Matches(msg, k.Timeline):
		b.show(timelineScreen)
		return b.buildTimeline()
	case key.Matches(msg, k.Focus):
		b.toggleFocus()
	case key.Matches(msg, k.Help):
		b.openHelp()
	case key.Matches(msg, k.Open) && b.width < wideLayout && b.list.current() >= 0:
		b.show(detailScreen)
	case b.focus == focusDetail:
		b.scrollKey(msg, &b.detail)
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

// scrollKey scrolls a pane of text with the same keys that move the list.
func (b *Browser) scrollKey(msg tea.KeyPressMsg, s *scroller) {
	if d, ok := b.keys.movement(msg, max(s.height-1, 1), s.count); ok {
		s.Scroll(d)
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

func (b *Browser) detailScreenKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, b.keys.Quit):
		return tea.Quit
	case key.Matches(msg, b.keys.Back, b.keys.Open):
		b.show(browseScreen)
	case key.Matches(msg, b.keys.Mark):
		b.toggleMark()
	case key.Matches(msg, b.keys.Copy):
		return b.copyEntry()
	case key.Matches(msg, b.keys.Edit):
		return b.editRecord()
	case key.Matches(msg, b.keys.Help):
		b.openHelp()
	default:
		b.scrollKey(msg, &b.detail)
	}
	return nil
}

func (b *Browser) compareKey(msg tea.KeyPressMsg) tea.Cmd {
	k := b.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Back):
		b.show(browseScreen)
	case key.Matches(msg, k.Left):
		b.cmp.Shift(-1, b.st)
	case key.Matches(msg, k.Right):
		b.cmp.Shift(1, b.st)
	case key.Matches(msg, k.AllFields):
		b.cmp.Toggle(true, false, b.st)
	case key.Matches(msg, k.DiffOnly):
		b.cmp.Toggle(false, true, b.st)
	case key.Matches(msg, k.Print):
		if b.loading {
			b.status = notYet("p prints")
			return nil
		}
		c := b.cmp.Comparison()
		b.result = &c
		return tea.Quit
	case key.Matches(msg, k.Copy):
		return b.copyComparison()
	case key.Matches(msg, k.Help):
		b.openHelp()
	default:
		b.scrollKey(msg, &b.cmp.body)
	}
	return nil
}

func (b *Browser) timelineKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, b.keys.Quit):
		return tea.Quit
	case key.Matches(msg, b.keys.Back, b.keys.Timeline):
		b.show(browseScreen)
	case key.Matches(msg, b.keys.Copy):
		return b.copyTimeline()
	case key.Matches(msg, b.keys.Help):
		b.openHelp()
	default:
		b.scrollKey(msg, &b.tl.body)
	}
	return nil
}

func (b *Browser) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, b.keys.Quit):
		return tea.Quit
	case key.Matches(msg, b.keys.Back, b.keys.Help):
		b.show(b.back)
	default:
		b.scrollKey(msg, &b.help)
	}
	return nil
}

func (b *Browser) toggleMark() {
	i := b.list.current()
	if b.screen == detailScreen {
		i = b.shownID
	}
	if i < 0 {
		return
	}
	if b.marks[i] {
		delete(b.marks, i)
		for j, o := range b.order {
			if o == i {
				b.order = append(b.order[:j], b.order[j+1:]...)
				break
			}
		}
		return
	}
	b.marks[i] = true
	b.order = append(b.order, i)
}

func (b *Browser) openComparison() {
	if len(b.order) < 2 {
		b.status = fmt.Sprintf("mark at least two mutuals with space to compare (%d marked)", len(b.order))
		return
	}
	ms := make([]*model.Mutual, len(b.order))
	for i, o := range b.order {
		ms[i] = &b.ds.Mutuals[o]
	}
	b.cmp = newComparePane(ms, b.ds.Programme, b.fields)
	b.show(compareScreen)
}

func (b *Browser) toggleFocus() {
	if b.width < wideLayout {
		b.status = "the detail is behind enter on a narrow screen"
		return
	}
	if b.focus == focusDetail {
		b.focus = focusList
	} else {
		b.focus = focusDetail
	}
}

func (b *Browser) openHelp() {
	b.back = b.screen
	b.show(helpScreen)
}

// show switches to a screen and lays it out.
func (b *Browser) show(s screen) {
	b.screen = s
	b.layout()
}
