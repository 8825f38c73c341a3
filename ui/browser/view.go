package browser

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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
	if _, ok := top.(underSearch); ok || top == nil {
		lines = append(lines, b.searchBar())
	}
	switch {
	case top != nil:
		lines = append(lines, top.View())
	default:
		b.list.away = b.problems.focused && b.problems.any() // the list's title shows it has no keys
		lines = append(lines, b.list.View())
		if p := b.problems.View(); p != "" {
			lines = append(lines, p)
		}
	}
	return strings.Join(append(lines, b.footer()), "\n")
}

func (b *Browser) tooSmall() string {
	msg := []string{
		"Terminal too small:",
		fmt.Sprintf("%d×%d, need %d×%d.", b.width, b.height, minWidth, minHeight),
		"Enlarge it, or",
		"q to quit.",
	}
	return fit(msg, b.width, b.height)
}

func (b *Browser) header() string {
	counts := fmt.Sprintf("%s · %d shown · %d marked", b.ds.Recorded(), len(b.list.shown()), len(b.list.marked))
	if s := b.sortLabel(); s != "" {
		counts += " · " + s
	}
	if b.loading {
		counts = b.loadStatus()
	}
	// The files give way first, then the programme, then the title.
	for _, left := range b.headerNames() {
		if gap := b.width - render.Width(left) - render.Width(counts); gap >= 1 {
			return left + strings.Repeat(" ", gap) + counts
		}
	}
	return render.Truncate(counts, b.width)
}

func (b *Browser) searchBar() string {
	b.search.Placeholder = b.placeholder()
	bar := b.search.View()
	if b.hint != "" {
		bar = render.Truncate(bar, b.width/2) + "  " + b.st.Error.Render(b.hint)
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
	if b.problems.any() && b.top() != nil {
		return render.Pad(b.st.Error.Render(render.Truncate(problemsWaiting, b.width)), b.width)
	}
	bindings := b.list.ShortHelp()
	switch top := b.top(); {
	case top != nil:
		bindings = top.ShortHelp()
	case b.searching:
		bindings = []key.Binding{b.keys.Accept, b.keys.Back, b.keys.ForceQuit}
	}
	return render.Pad(b.shortHelp(bindings), b.width)
}

// shortHelp lays out key help on one line: as many bindings as fit, in
// order, but always the last two (help and quit, or back).
func (b *Browser) shortHelp(bindings []key.Binding) string {
	item := func(k key.Binding) string {
		h := k.Help()
		return b.st.Key.Render(h.Key) + " " + b.st.Dim.Render(h.Desc)
	}
	const sep = " • "
	keep := bindings[max(len(bindings)-2, 0):]
	reserve := 0
	for _, k := range keep {
		reserve += render.Width(item(k)) + render.Width(sep)
	}
	var parts []string
	used := 0
	for _, k := range bindings[:len(bindings)-len(keep)] {
		w := render.Width(item(k)) + render.Width(sep)
		if used+w+reserve > b.width {
			break
		}
		parts, used = append(parts, item(k)), used+w
	}
	for _, k := range keep {
		parts = append(parts, item(k))
	}
	return render.Truncate(strings.Join(parts, b.st.Dim.Render(sep)), b.width)
}
