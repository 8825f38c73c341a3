package browser

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap is the list's keys: its dispatch, its footer and its section of
// the ? screen. The search, the sort, the screens over the list and the
// focus are the root's: the list asks for them. q and esc give the keys
// back to the list from the detail or the problems pane; only on the list
// itself does q quit.
func (s *listScreen) keyMap() keyMap {
	k, wide, at := s.keys, s.wide(), s.current()
	pool := s.ds.HasPools()
	unmark := 0
	if len(s.marked) > 0 {
		unmark = 4
	}
	// The footer's places are priorities: a short footer keeps the first.
	// With the keys in the detail beside the list, reading records (],
	// j/k) comes before the rest.
	reading := *s.focus == onDetail
	place := func(n int) int {
		if n > 0 && reading {
			return n + 2
		}
		return n
	}
	return keyMap{
		{key: k.Search, do: s.askFor(focusOn{onSearch}), foot: place(1)},
		{key: k.Accept}, // the search bar's, named where it is used
		{key: k.Back, do: s.askFor(focusOn{onList}), off: *s.focus == onList},
		{key: k.Mark, do: just(func() { s.toggle(at) }), foot: place(2)},
		{key: k.Unmark, do: just(s.unmarkAll), foot: place(unmark), says: fmt.Sprintf("unmark %d", len(s.marked))},
		{key: k.Compare, do: just(s.compare), foot: place(3)},
		{key: k.Open, do: just(s.open), off: at < 0, foot: place(footIf(!wide, 5))},
		// the detail beside the list follows
		{key: k.NextRecord, do: just(func() { s.stepper().by(1) }), foot: footIf(reading, 1), keys: "]/[", says: "next/previous"},
		{key: k.PrevRecord, do: just(func() { s.stepper().by(-1) })},
		{key: k.Down, foot: footIf(reading, 2), keys: "j/k", says: "scroll", unnamed: true}, // the moves, the detail's while it has the keys
		{key: k.Focus, do: s.askFor(nextFocus{}), foot: place(footIf(wide, 5))},
		{key: k.Sort, do: s.askFor(cycleSort{}), foot: place(8)},
		{key: k.Reverse, do: s.askFor(cycleSort{reverse: true})},
		{key: k.Pool, do: just(s.togglePool), off: !pool, foot: place(footIf(wide, 6)), says: poolKey(k.Pool, s.wholePool).Help().Desc},
		{key: k.Facets, do: s.askFor(openFacets{}), foot: place(9)},
		{key: k.Timeline, do: s.askFor(openTimeline{}), foot: place(10)},
		{key: sourcesKey, do: s.askFor(openScreen{newSourcesScreen(s.common, s.snapshot)})},
		{key: k.Copy, do: just(s.copy), foot: place(11)},
		{key: k.Edit, do: s.askFor(editMutual{at}), foot: place(footIf(s.editable, 7))}, // on the built-in data e only explains
		{key: k.Quit, do: func() tea.Cmd { return tea.Quit }, unnamed: true},
		{key: k.Clear, do: s.askFor(clearSearch{}), unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), unnamed: true},
	}
}

// footIf is a place in the footer when cond holds, else none.
func footIf(cond bool, place int) int {
	if cond {
		return place
	}
	return 0
}

// open shows the detail of the mutual under the cursor: alone on a narrow
// screen, by giving the keys to the detail beside the list on a wide one.
func (s *listScreen) open() {
	if s.wide() {
		s.ask(focusOn{onDetail})
		return
	}
	s.ask(openScreen{newDetailScreen(s.common, s.snapshot, s.current(), s.stepper(), s.recordOptions())})
}

func (s *listScreen) ShortHelp() []key.Binding {
	k := s.keys
	if s.problems && len(s.ds.Mutuals) == 0 { // nothing to list: fix the files
		pick := relabel(k.Down, "j/k", "move")
		bindings := []key.Binding{relabel(k.Edit, "e", "edit this one"), pick, k.Help, k.Quit}
		if !s.editable {
			bindings = bindings[1:]
		}
		return bindings
	}
	return append(s.keyMap().footer(), k.Help, k.Quit)
}

func (s *listScreen) FullHelp() [][]key.Binding { return fullHelp(s.keyGroups()) }

// keyGroups are the list's section of the ? screen.
func (s *listScreen) keyGroups() []keyGroup { return s.keyMap().section("Find, mark and compare") }
