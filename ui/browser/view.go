package browser

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// View draws the whole screen. Every line is at most the terminal's width
// and there are never more lines than its height.
func (b *Browser) View() tea.View {
	frame := b.Render()
	if b.inline {
		// Bubble Tea clears the frame's last line when it quits: an
		// empty last row keeps all of the last frame in the scrollback.
		frame += "\n"
	}
	v := tea.NewView(frame)
	v.AltScreen = !b.inline
	v.WindowTitle = "mutuals"
	if b.mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

// Render is the screen as text, for View and for tests.
func (b *Browser) Render() string {
	if b.width < minWidth || b.height < minHeight {
		return b.tooSmall()
	}
	lines := []string{b.header()}
	top := b.top()
	if _, ok := top.(underSearch); ok {
		lines = append(lines, b.searchBar())
	}
	if !(b.onList() && b.problems.fills()) {
		lines = append(lines, top.View())
	}
	if p := b.problems.View(); b.onList() && p != "" {
		lines = append(lines, p)
	}
	return strings.Join(append(lines, b.footer()), "\n")
}

func (b *Browser) tooSmall() string {
	leave := "q to quit."
	if !b.onList() || b.away() {
		leave = "q to go back."
	}
	msg := []string{
		"Terminal too small:",
		fmt.Sprintf("%d×%d, need %d×%d.", b.width, b.height, minWidth, minHeight),
		"Enlarge it, or",
		leave,
	}
	return fit(msg, b.width, b.height)
}

func (b *Browser) header() string {
	all := b.headerCounts()
	// The files give way first, then the programme, then the title; then
	// the counts shorten, what is shown and marked last.
	for _, counts := range all {
		for _, left := range b.headerNames() {
			if gap := b.width - render.Width(left) - render.Width(counts); gap >= 1 {
				return left + strings.Repeat(" ", gap) + counts
			}
		}
	}
	return render.Truncate(all[len(all)-1], b.width)
}

// headerCounts are the header's counts, longest first: what is loaded by
// programme, then as one number, then only what is shown and marked
// (with the sort, then without), which a narrow screen keeps.
func (b *Browser) headerCounts() []string {
	if b.loading {
		return []string{b.loadStatus()}
	}
	view := fmt.Sprintf("%d shown · %d marked", len(b.list.shown()), len(b.list.marked))
	sorted := view
	if s := b.sortLabel(); s != "" {
		sorted += " · " + s
	}
	loaded := fmt.Sprintf("%d mutuals", len(b.ds.Mutuals))
	if len(b.ds.Mutuals) == 1 {
		loaded = "1 mutual"
	}
	return []string{b.ds.Recorded() + " · " + sorted, loaded + " · " + sorted, sorted, view}
}

func (b *Browser) searchBar() string {
	bar := b.search.View()
	switch {
	case b.hint != "":
		// The query as typed, without the input's padding, then what is
		// wrong with it; a long query gives way to the hint at half.
		need := render.Width(b.search.Prompt+model.Printable(b.search.Value())) + 1 // and the cursor
		if need <= b.width/2 {
			bar = ansi.Truncate(bar, need, "")
		} else {
			bar = render.Truncate(bar, b.width/2)
		}
		bar += "  " + b.st.Error.Render(b.hint)
	case b.onList() && b.focus != onSearch && b.search.Value() != "":
		// What esc does on the list while a search is kept, beside the
		// search rather than in a footer with no room to spare.
		clear := b.keyItem(b.keys.Clear)
		room := b.width - render.Width(clear) - 2
		if render.Width(b.search.Prompt+model.Printable(b.search.Value())) <= room {
			bar = render.Pad(ansi.Truncate(bar, room, ""), room+2) + clear // cut the input's padding
		}
	}
	return render.Pad(render.Truncate(bar, b.width), b.width)
}

func (b *Browser) footer() string {
	if b.status != "" {
		return render.Pad(b.st.Error.Render(render.Truncate(b.status, b.width)), b.width)
	}
	if b.notice != "" {
		return render.Pad(b.st.Title.Render(render.Truncate(b.notice, b.width)), b.width)
	}
	if b.problems.any() && !b.onList() {
		return render.Pad(b.st.Error.Render(render.Truncate(problemsWaiting, b.width)), b.width)
	}
	return render.Pad(b.shortHelp(b.footerKeys()), b.width)
}

// footerKeys are the keys of the screen on top, in its order, then the
// root's: help and how to leave (back from a screen or a pane over the
// list, quit from the list). Keys a screen has switched off are not shown.
func (b *Browser) footerKeys() (own, tail []key.Binding) {
	k := b.keys
	own, tail = b.top().ShortHelp(), []key.Binding{k.Help, k.Back}
	switch top := b.top(); {
	case b.onList() && b.focus == onProblems:
		where := "the list"
		if b.following() == onDetail {
			where = "the detail"
		}
		own = b.problems.helpTabbingTo(where)
	case b.onList() && b.focus == onSearch:
		own, tail = []key.Binding{k.Accept, relabel(k.MarkNext, "tab", "mark & next")}, []key.Binding{k.Clear, k.ForceQuit}
	case b.onList() && !b.away():
		tail = []key.Binding{k.Help, k.Quit}
	default:
		if _, ok := top.(*helpScreen); ok {
			tail = []key.Binding{k.Back}
		}
	}
	return without(own, k.Back, k.Help, k.Quit, k.ForceQuit, k.Clear), tail
}

// without is the enabled bindings of keys that are none of drop, by the
// keys they take, however a screen words them: the root places those
// itself, once.
func without(keys []key.Binding, drop ...key.Binding) []key.Binding {
	var out []key.Binding
	for _, k := range keys {
		if k.Enabled() && !slices.ContainsFunc(drop, func(d key.Binding) bool { return slices.Equal(k.Keys(), d.Keys()) }) {
			out = append(out, k)
		}
	}
	return out
}

// keyItem is a key and what it does, as the footer shows it. A
// description's "(narrow screens)" says in the help when a key applies;
// the footer shows only the keys that apply now.
func (b *Browser) keyItem(k key.Binding) string {
	h := k.Help()
	desc, _, _ := strings.Cut(h.Desc, " (")
	return b.st.Key.Render(h.Key) + " " + b.st.Dim.Render(desc)
}

// shortHelp lays out key help on one line: the bindings in their order,
// which is their priority, each that fits (a long one left out lets a
// shorter one after it in), and always the root's last (help and quit,
// or back).
func (b *Browser) shortHelp(own, keep []key.Binding) string {
	item := b.keyItem
	const sep = " • "
	reserve := 0
	for _, k := range keep {
		reserve += render.Width(item(k)) + render.Width(sep)
	}
	reserve -= render.Width(sep) // none after the last
	var parts []string
	used := 0
	for _, k := range own {
		w := render.Width(item(k)) + render.Width(sep)
		if used+w+reserve > b.width {
			continue
		}
		parts, used = append(parts, item(k)), used+w
	}
	for _, k := range keep {
		parts = append(parts, item(k))
	}
	return render.Truncate(strings.Join(parts, b.st.Dim.Render(sep)), b.width)
}

// sameHelp reports whether two bindings read the same in the help.
func sameHelp(a, b key.Binding) bool { return a.Help() == b.Help() }
