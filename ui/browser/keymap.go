package browser

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// binding is one key of a screen. A screen's bindings, in one table
// (keyMap), are read three ways: the dispatch (the first that matches and
// is on does its work), the footer (those with a place in it, in that
// order, worded as they apply now) and the screen's section of the ?
// screen (those it names, in the table's order). So the three cannot
// disagree.
type binding struct {
	key  key.Binding    // its keys and what the ? screen says it does
	do   func() tea.Cmd // nil: named here, done elsewhere (the search bar's enter, the moves)
	off  bool           // does nothing now: not matched, not in the footer
	foot int            // its place in the footer, from 1; 0 for none
	says string         // what the footer says it does, when not the help's words
	keys string         // the keys the footer shows, when not the help's
	// unnamed keeps it off the ? screen: another group names it (the
	// moves, back, help, quit), or the footer alone needs it.
	unnamed bool
}

// keyMap is a screen's one table of keys.
type keyMap []binding

// dispatch does what the first binding on that matches msg does; ok is
// false when none does, and the screen's moves have the key.
func (m keyMap) dispatch(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	for _, b := range m {
		if b.do != nil && !b.off && key.Matches(msg, b.key) {
			return b.do(), true
		}
	}
	return nil, false
}

// footer is the bindings on and with a place in the footer, in their
// order, worded as the footer says them.
func (m keyMap) footer() []key.Binding {
	var on []binding
	for _, b := range m {
		if b.foot > 0 && !b.off {
			on = append(on, b)
		}
	}
	slices.SortStableFunc(on, func(a, b binding) int { return a.foot - b.foot })
	out := make([]key.Binding, len(on))
	for i, b := range on {
		out[i] = b.key
		if b.says != "" || b.keys != "" {
			h := b.key.Help()
			out[i] = relabel(b.key, or(b.keys, h.Key), or(b.says, h.Desc))
		}
	}
	return out
}

// section is the screen's group on the ? screen: every binding it names,
// on or not.
func (m keyMap) section(title string) []keyGroup {
	g := keyGroup{title: title}
	for _, b := range m {
		if !b.unnamed {
			g.keys = append(g.keys, b.key)
		}
	}
	if len(g.keys) == 0 {
		return nil
	}
	return []keyGroup{g}
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// askFor is a binding's work that asks the root for msg.
func (c *common) askFor(msg tea.Msg) func() tea.Cmd {
	return func() tea.Cmd { c.ask(msg); return nil }
}

// just is a binding's work that needs no command.
func just(f func()) func() tea.Cmd { return func() tea.Cmd { f(); return nil } }
