package browser

import tea "charm.land/bubbletea/v2"

// chrome is the lines around the list: header, search bar, footer.
const chrome = 3

// resize takes the terminal's new size.
func (b *Browser) resize(msg tea.WindowSizeMsg) {
	b.width, b.height = msg.Width, msg.Height
	if b.inline {
		b.height = max(msg.Height-1, 0) // for the empty row View adds
	}
	b.layout()
}

// layout hands the list, the problems pane and the open screen their
// sizes after a resize or a change of screen.
func (b *Browser) layout() {
	b.problems.width = b.width // its height depends on how its text wraps
	body := b.bodyHeight()
	b.search.SetWidth(max(b.width-4, 1))
	b.list.problems = b.problems.any()
	b.list.SetSize(b.width, body)
	b.problems.SetSize(b.width, 0)
	if b.onList() {
		b.problems.SetSize(b.width, b.problems.heightIn(max(b.height-chrome, 0)))
	}
	if b.focus != onSearch {
		b.focus = b.allowed(b.focus) // a narrower screen, the problems fixed
	}
	if top := b.top(); !b.onList() {
		h := max(b.height-2, 0) // under the header, over the footer
		if _, ok := top.(underSearch); ok {
			h = body
		}
		top.SetSize(b.width, h)
	}
}

// mouseEvent hands the wheel and clicks to the screen on top, a click's
// line counted from the screen's first; a click on the list also takes the
// keys from the search bar.
func (b *Browser) mouseEvent(msg tea.Msg) tea.Cmd {
	if top := b.top(); !b.onList() {
		if click, ok := msg.(tea.MouseClickMsg); ok {
			click.Y-- // under the header
			if _, ok := top.(underSearch); ok {
				click.Y-- // and the search bar
			}
			msg = click
		}
		return top.Update(msg)
	}
	if click, ok := msg.(tea.MouseClickMsg); ok && click.Button == tea.MouseLeft && b.focus == onSearch {
		b.setFocus(onList)
	}
	return b.list.Update(msg)
}
