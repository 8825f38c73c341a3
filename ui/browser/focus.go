package browser

import tea "charm.land/bubbletea/v2"

// focus is what has the keys while the list is the screen on top: the
// list, the search bar over it, the detail beside it (wide screens) or the
// problems pane under it. A screen opened over the list has the keys
// whatever the focus, and gives them back to what had them when it
// closes. It is the one record of focus: the root alone changes it
// (setFocus), and every key handler and every view reads it.
type focus int

const (
	onList     focus = iota // the list moves, q quits
	onSearch                // typing goes to the search bar
	onDetail                // the moves scroll the detail beside the list
	onProblems              // the moves scroll the problems pane
)

// focusOn asks the root to give the keys to a part of the list screen.
type focusOn struct{ f focus }

// nextFocus asks the root to move the keys on, as tab does.
type nextFocus struct{}

// setFocus gives the keys to f, or to the list when f has nothing to show
// (see allowed); the search bar shows its cursor only while it has them.
func (b *Browser) setFocus(f focus) tea.Cmd {
	b.focus = b.allowed(f)
	b.problems.layout() // its cursor shows while it has the keys
	if b.focus == onSearch {
		return b.search.Focus()
	}
	b.search.Blur()
	return nil
}

// allowed is f, or the list when f is a pane that is not there: no detail
// on a narrow screen or with no mutual shown, no problems pane once the
// files load.
func (b *Browser) allowed(f focus) focus {
	switch {
	case f == onDetail && (!b.list.wide() || b.list.current() < 0):
		return onList
	case f == onProblems && !b.problems.any():
		return onList
	}
	return f
}

// following is where tab moves the keys: from the list to the problems
// pane (while the files have problems: its title says "tab picks one"),
// then to the detail (wide screens), then back to the list.
func (b *Browser) following() focus {
	order := []focus{onList, onProblems, onDetail}
	at := 0
	for i, f := range order {
		if f == b.focus {
			at = i
		}
	}
	for i := 1; i < len(order); i++ {
		if f := order[(at+i)%len(order)]; b.allowed(f) == f {
			return f
		}
	}
	return b.focus
}

// tab moves the keys on; on a narrow screen with nothing else to move to,
// it says where the detail is.
func (b *Browser) tab() tea.Cmd {
	next := b.following()
	if next == b.focus {
		b.status = "the detail is behind enter on a narrow screen"
		return nil
	}
	return b.setFocus(next)
}

// away reports whether a pane beside or under the list, not the list
// itself, has the keys: q and esc then give them back to the list.
func (b *Browser) away() bool { return b.focus == onDetail || b.focus == onProblems }
