package browser

import (
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// common is what the root and every screen share: the data and its index,
// the styles and keys, and the jobs running off the UI path. They hold the
// same pointer, so a reload or a change of palette reaches every screen.
type common struct {
	ds       *model.Dataset
	ix       *model.Index
	st       render.Styles
	keys     KeyMap
	fields   []string // the comparison's default rows
	loading  bool     // the data is still arriving, and not yet checked
	editable bool     // there are files for e to edit
	jobs     jobs
	asks     []tea.Msg // what screens asked the root for during this Update
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
