package browser

import (
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/ui/render"
)

// common is what the root and every screen share, as soft-serve's
// common.Common: the styles and the keys (the same pointer, so a change
// of palette reaches every screen), and the way to ask the root for
// something. The data is not here: each screen holds the data it shows,
// handed to it in a message (see snapshot), and slow work is the root's
// (jobs).
type common struct {
	st   render.Styles
	keys KeyMap
	asks []tea.Msg // what screens asked the root for during this Update
}

// ask queues a message for the root, which handles it before the frame is
// drawn: a screen asks for what is not its own (close me, search for this,
// print this and quit) and knows nothing of how it is done.
func (c *common) ask(msg tea.Msg) { c.asks = append(c.asks, msg) }

// scroll moves a pane of text with the keys that move the list.
func (c *common) scroll(msg tea.KeyPressMsg, s *scroller) {
	if d, ok := c.keys.movement(msg, max(s.height-1, 1), s.count); ok {
		s.Scroll(d)
	}
}

// wheel is how many lines a wheel event scrolls: three a notch.
func wheel(m tea.Mouse) int {
	switch m.Button {
	case tea.MouseWheelUp:
		return -3
	case tea.MouseWheelDown:
		return 3
	}
	return 0
}
