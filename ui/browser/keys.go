package browser

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap is every key the browser answers to. The footer and the full help
// are generated from it, so the help can never disagree with the keys.
type KeyMap struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom  key.Binding
	Search, Accept, Clear, Back                                key.Binding
	Mark, Compare, Open, Focus, Help, Quit, ForceQuit, Suspend key.Binding
	Left, Right, AllFields, DiffOnly, Print                    key.Binding
	Sort, Facets, Timeline, Copy, Edit                         key.Binding
	NextField, PrevField, AddFacet                             key.Binding
	Pool, Unmark, Reverse                                      key.Binding
	MarkNext, NextRecord, PrevRecord                           key.Binding
}

// DefaultKeyMap is the key map described in the README.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:       b([]string{"up", "k"}, "↑/k", "up"),
		Down:     b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:   b([]string{"pgup"}, "pgup", "page up"),
		PageDown: b([]string{"pgdown"}, "pgdn", "page down"),
		HalfUp:   b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		HalfDown: b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		Top:      b([]string{"g", "home"}, "g/home", "first"),
		Bottom:   b([]string{"G", "end"}, "G/end", "last"),
		Search:   b([]string{"/"}, "/", "search"),
		Accept:   b([]string{"enter"}, "enter", "keep the search"),
		Clear:    b([]string{"esc"}, "esc", "clear the search"),
		// q and esc close any screen open over the list, as in less
		// and lazygit; only the list's q quits (see Quit).
		Back:      b([]string{"q", "esc"}, "q/esc", "back"),
		Mark:      b([]string{"space"}, "space", "mark"),
		Compare:   b([]string{"c"}, "c", "compare"),
		Timeline:  b([]string{"t"}, "t", "timeline"),
		Open:      b([]string{"enter"}, "enter", "detail (narrow screens)"),
		Focus:     b([]string{"tab"}, "tab", "list ⇄ detail (wide screens)"),
		Help:      b([]string{"?"}, "?", "help"),
		Quit:      b([]string{"q"}, "q", "quit (from the list)"),
		ForceQuit: b([]string{"ctrl+c"}, "ctrl+c", "quit from any screen"),
		Suspend:   b([]string{"ctrl+z"}, "ctrl+z", "suspend (fg resumes)"),
		Left:      b([]string{"left", "h"}, "←/h", "columns left"),
		Right:     b([]string{"right", "l"}, "→/l", "columns right"),
		AllFields: b([]string{"a"}, "a", "all fields"),
		DiffOnly:  b([]string{"d"}, "d", "differences only"),
		Print:     b([]string{"p"}, "p", "print & quit"),
		Sort:      b([]string{"s"}, "s", "sort"),
		Copy:      b([]string{"y"}, "y", "copy (as Markdown)"),
		Edit:      b([]string{"e"}, "e", "edit"),
		Facets:    b([]string{"f"}, "f", "facets"),
		NextField: b([]string{"right", "l", "tab"}, "→/tab", "next field"),
		PrevField: b([]string{"left", "h", "shift+tab"}, "←/shift+tab", "previous field"),
		AddFacet:  b([]string{"enter"}, "enter", "add to search"),
		Pool:      b([]string{"m"}, "m", "mentor pool: whole or one line"),
		Unmark:    b([]string{"u"}, "u", "unmark all"),
		Reverse:   b([]string{"S"}, "S", "reverse sort"),
		// While searching, as fzf: the search keeps the keys.
		MarkNext:   b([]string{"tab"}, "tab", "mark & next (while searching)"),
		NextRecord: b([]string{"]"}, "]", "next mutual"),
		PrevRecord: b([]string{"["}, "[", "previous mutual"),
	}
}

// movement is how far a key moves through n lines or entries, page of
// them on screen at once; ok is false for a key that does not move. The
// list, the facet values and every pane of text move alike.
func (k KeyMap) movement(msg tea.KeyPressMsg, page, n int) (delta int, ok bool) {
	half := max(page/2, 1)
	for _, m := range []struct {
		b key.Binding
		d int
	}{{k.Up, -1}, {k.Down, 1}, {k.PageUp, -page}, {k.PageDown, page}, {k.HalfUp, -half}, {k.HalfDown, half}, {k.Top, -n}, {k.Bottom, n}} {
		if key.Matches(msg, m.b) {
			return m.d, true
		}
	}
	return 0, false
}
