package browser

import (
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/ui/render"
)

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

// resize takes the terminal's new size.
func (b *Browser) resize(msg tea.WindowSizeMsg) {
	b.width, b.height = msg.Width, msg.Height
	if b.inline {
		b.height = max(msg.Height-1, 0) // for the empty row View adds
	}
	b.layout()
}

// layout hands the list, the detail pane and the open screen their sizes
// after a resize or a change of screen.
func (b *Browser) layout() {
	body := b.bodyHeight()
	b.list.SetSize(b.listWidth(), body)
	b.search.SetWidth(max(b.width-4, 1))
	b.detail.SetHeight(body - 1)
	b.problems.SetSize(b.width, 0)
	if b.top() == nil {
		b.problems.SetSize(b.width, b.problems.heightIn(max(b.height-chrome, 0)))
	}
	if top := b.top(); top != nil {
		h := max(b.height-2, 0) // under the header, over the footer
		if _, ok := top.(underSearch); ok {
			h = body
		}
		top.SetSize(b.width, h)
	}
	if !b.wide() && b.focus == focusDetail {
		b.focus = focusList
	}
	b.detailAt = -1
	b.syncDetail()
}

// syncDetail renders the detail of the mutual under the cursor when it
// changed; the record is laid out once, not per frame.
func (b *Browser) syncDetail() {
	i := b.list.current()
	if i == b.detailAt {
		return
	}
	b.detailAt = i
	b.detail.Top()
	if i < 0 {
		b.detail.SetLines(nil)
		return
	}
	b.detail.SetLines(render.RecordLines(b.ds, &b.ds.Mutuals[i], max(b.detailWidth()-2, 1), b.st))
}

// mouseEvent hands the wheel to the open screen, or scrolls the pane
// under the pointer; a click selects on the list.
func (b *Browser) mouseEvent(msg tea.Msg) tea.Cmd {
	if top := b.top(); top != nil {
		if _, ok := msg.(tea.MouseWheelMsg); ok {
			return top.Update(msg)
		}
		return nil
	}
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		b.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		b.click(msg.Mouse())
	}
	return nil
}

// wheel scrolls the list, or the detail beside it.
func (b *Browser) wheel(m tea.Mouse) {
	delta := wheel(m)
	switch {
	case delta == 0:
	case b.wide() && m.X > b.listWidth():
		b.detail.Scroll(delta)
	default:
		b.list.Scroll(delta / 3)
		b.syncDetail()
	}
}

// click selects the entry under the pointer, or focuses the detail.
func (b *Browser) click(m tea.Mouse) {
	if m.Button != tea.MouseLeft {
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
