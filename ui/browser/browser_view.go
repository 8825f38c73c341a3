package browser

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

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
	switch b.screen {
	case compareScreen:
		lines = append(lines, b.cmp.View(b.st))
	case timelineScreen:
		lines = append(lines, b.tl.View(b.st))
	case helpScreen:
		title := "Keys"
		if pos := b.help.Position(); pos != "" {
			title += " · " + pos + " (j/k scroll)"
		}
		lines = append(lines, fit(append([]string{paneTitle(title, true, b.width, b.st)}, b.help.Visible()...), b.width, b.height-2))
	case detailScreen:
		lines = append(lines, b.searchBar(), fit(indent(b.detail.Visible()), b.width, b.height-chrome))
	case facetScreen:
		lines = append(lines, b.searchBar(), b.facets.View(b.st))
	default:
		lines = append(lines, b.searchBar(), b.panes())
		if p := b.problemsPane(); p != "" {
			lines = append(lines, p)
		}
	}
	lines = append(lines, b.footer())
	return strings.Join(lines, "\n")
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
	left := b.st.Title.Render("mutuals") + b.st.Dim.Render(" · "+model.Printable(b.ds.Name))
	counts := fmt.Sprintf("%s · %d shown · %d marked", b.ds.Recorded(), len(b.list.shown), len(b.order))
	if s := b.sortLabel(); s != "" {
		counts += " · " + s
	}
	if b.loading {
		counts = b.loadStatus()
	}
	gap := b.width - render.Width(left) - render.Width(counts)
	if gap < 1 { // the dataset's name gives way first, then the title
		left = b.st.Title.Render("mutuals")
		gap = b.width - render.Width(left) - render.Width(counts)
	}
	if gap < 1 {
		return render.Truncate(counts, b.width)
	}
	return left + strings.Repeat(" ", gap) + counts
}

func (b *Browser) searchBar() string {
	bar := b.search.View()
	if b.hint != "" {
		bar = render.Truncate(bar, b.width/2) + "  " + b.st.Error.Render(b.hint)
	}
	return render.Pad(render.Truncate(bar, b.width), b.width)
}

// panes sets the list beside the detail on a wide screen; a narrow one
// shows the list alone (the detail is behind enter).
func (b *Browser) panes() string {
	body := b.bodyHeight()
	list := b.list.View(b.ds, b.query, b.marks, b.focus != focusDetail, b.st)
	if !b.wide() {
		return list
	}
	title := "Detail"
	if pos := b.detail.Position(); pos != "" {
		title += " · " + pos
	}
	detail := append([]string{paneTitle(title, b.focus == focusDetail, b.detailWidth(), b.st)}, indent(b.detail.Visible())...)
	sep := b.st.Blurred.Render(strings.TrimSuffix(strings.Repeat("│\n", body), "\n"))
	return lipgloss.JoinHorizontal(lipgloss.Top, list, sep, fit(detail, b.detailWidth(), body))
}

func indent(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = " " + l
	}
	return out
}

func (b *Browser) footer() string {
	if b.status != "" {
		return render.Pad(b.st.Error.Render(render.Truncate(b.status, b.width)), b.width)
	}
	if b.notice != "" {
		return render.Pad(b.st.Title.Render(render.Truncate(b.notice, b.width)), b.width)
	}
	if b.reg.problems != nil && b.screen != browseScreen {
		return render.Pad(b.st.Error.Render(render.Truncate(problemsWaiting, b.width)), b.width)
	}
	var bindings []key.Binding
	switch b.screen {
	case compareScreen:
		bindings = b.keys.compareHelp()
	case facetScreen:
		bindings = b.keys.facetHelp()
	case helpScreen:
		bindings = []key.Binding{b.keys.Back, b.keys.Up, b.keys.Down, b.keys.Quit}
	case timelineScreen:
		k := b.keys
		bindings = []key.Binding{k.Back, k.Up, k.Down, k.PageDown, k.Copy, k.Help, k.Quit}
	case detailScreen:
		bindings = []key.Binding{b.keys.Back, b.keys.Up, b.keys.Down, b.keys.Mark, b.keys.Copy, b.keys.Quit}
		if b.reg.Register != nil {
			bindings = slices.Insert(bindings, 4, b.keys.Edit)
		}
	default:
		bindings = b.keys.browseHelp()
		if !b.wide() {
			k := b.keys // the detail is behind enter, and tab has nothing to do
			bindings = []key.Binding{k.Search, k.Mark, k.Compare, k.Open, k.Edit, k.Sort, k.Facets, k.Timeline, k.Copy, k.Help, k.Quit}
		}
		if b.reg.Register == nil { // e only explains, on the built-in data
			bindings = slices.DeleteFunc(slices.Clone(bindings), func(k key.Binding) bool { return k.Help() == b.keys.Edit.Help() })
		}
		if b.focus == focusSearch {
			bindings = []key.Binding{b.keys.Accept, b.keys.Back, b.keys.ForceQuit}
		}
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

// helpLines is the ? screen: every key from the key map, then the query
// language.
func (b *Browser) helpLines() []string {
	groups := []string{"Move", "Find, mark and compare", "On the comparison screen", "On the facet screen", "On the timeline screen", "Help and quit"}
	var out []string
	for i, g := range b.keys.fullHelp() {
		out = append(out, b.st.Heading.Render(groups[i]))
		for _, k := range g {
			h := k.Help()
			out = append(out, "  "+b.st.Key.Render(render.Pad(h.Key, 10))+" "+h.Desc)
		}
		out = append(out, "")
	}
	out = append(out, b.st.Heading.Render("Search"))
	lines := []string{"adult             a bare term matches any field"}
	// The fields come from the model's table, so this screen names them all.
	term := "service:health"
	for _, l := range render.Wrap("a field limits it: "+strings.Join(model.QueryFieldNames(), ", "), 50) {
		lines = append(lines, render.Pad(term, 18)+l)
		term = ""
	}
	for _, l := range append(lines,
		`"adult social"    quotes make a phrase`,
		"-kpmg             a minus excludes",
		"All terms must match; case and accents are ignored.",
	) {
		out = append(out, "  "+l)
	}
	return out
}
