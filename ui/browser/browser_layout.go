package browser

import (
	"github.com/mutuals/mutuals/ui/render"
)

import tea "charm.land/bubbletea/v2"

// chrome is the lines around the panes: header, search bar, footer.
const chrome = 3

func (b *Browser) wide() bool { return b.width >= wideLayout }

// listWidth is the list's share of a wide screen.
func (b *Browser) listWidth() int {
	if !b.wide() {
		return b.width
	}
	return min(max(b.width*2/5, 30), 56)
}

// detailWidth is the width of the detail pane, or of the whole detail
// screen on a narrow terminal.
func (b *Browser) detailWidth() int {
	if !b.wide() {
		return b.width
	}
	return b.width - b.listWidth() - 1
}

// layout hands every pane its size after a resize or a change of screen.
func (b *Browser) layout() {
	body := b.bodyHeight()
	b.list.SetSize(b.listWidth(), body)
	b.search.SetWidth(max(b.width-4, 1))
	b.detail.SetHeight(body - 1)
	if b.screen == detailScreen {
		b.detail.SetHeight(body)
	}
	b.facets.SetSize(b.width, body)
	if b.screen == compareScreen {
		b.cmp.SetSize(b.width, max(b.height-2, 0), b.st)
	}
	if b.screen == timelineScreen {
		b.tl.SetSize(b.width, max(b.height-2, 0), b.st)
	}
	b.help.SetHeight(max(b.height-3, 0))
	b.help.SetLines(b.helpLines())
	if b.screen == detailScreen && b.wide() {
		b.screen = browseScreen
	}
	if !b.wide() && b.focus == focusDetail {
		b.focus = focusList
	}
	b.shownID = -1
	b.syncDetail()
}

// syncDetail renders the detail of the mutual under the cursor when it
// changed; the record is laid out once, not per frame.
func (b *Browser) syncDetail() {
	i := b.list.current()
	if b.screen == detailScreen && b.shownID >= 0 {
		return
	}
	if i == b.shownID {
		return
	}
	b.shownID = i
	b.detail.Top()
	if i < 0 {
		b.detail.SetLines(nil)
		return
	}
	b.detail.SetLines(render.RecordLines(b.ds, &b.ds.Mutuals[i], max(b.detailWidth()-2, 1), b.st))
}

// wheel scrolls the pane under the pointer.
func (b *Browser) wheel(m tea.Mouse) {
	delta := 0
	switch m.Button {
	case tea.MouseWheelUp:
		delta = -1
	case tea.MouseWheelDown:
		delta = 1
	default:
		return
	}
	switch {
	case b.screen == compareScreen:
		b.cmp.body.Scroll(3 * delta)
	case b.screen == helpScreen:
		b.help.Scroll(3 * delta)
	case b.screen == facetScreen:
		b.facets.Move(3 * delta)
	case b.screen == timelineScreen:
		b.tl.body.Scroll(3 * delta)
	case b.screen == detailScreen || (b.wide() && m.X > b.listWidth()):
		b.detail.Scroll(3 * delta)
	default:
		b.list.Scroll(delta)
		b.syncDetail()
	}
}

// click selects the entry under the pointer, or focuses the detail.
func (b *Browser) click(m tea.Mouse) {
	if b.screen != browseScreen || m.Button != tea.MouseLeft {
		return
	}
	if b.wide() && m.X > b.listWidth() {
		b.focus = focusDetail
		return
	}
	if i, ok := b.list.At(m.Y - 2); ok {
		b.list.MoveTo(i)
		b.focus = focusList
		b.search.Blur()
		b.syncDetail()
	}
}
