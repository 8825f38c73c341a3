package browser

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// Glyphs that mark the cursor and marked entries without colour.
const (
	cursorGlyph = "▸"
	markGlyph   = "●"
	rowsPerItem = 2
)

// listPane is the filtered list of mutuals: which are shown, where the
// cursor is, and which part is on screen.
type listPane struct {
	shown  []int // positions in the dataset
	cursor int   // position in shown
	offset int   // first entry on screen
	width  int
	height int    // lines, including the title
	by     string // the sort's key when a row does not show it, else ""
	why    *whyMemo
}

// SortedBy tells the list the sort's key: a row shows its value when the
// row does not show the field already (region, wave, legal form, date),
// so that the order can be seen.
func (l *listPane) SortedBy(key string) {
	l.by = key
	if slices.Contains(rowFields, key) {
		l.by = ""
	}
}

// sortTagMax is the widest a row's sort value is drawn.
const sortTagMax = 20

func (l *listPane) SetSize(w, h int) {
	l.width, l.height = w, h
	l.clamp()
}

// SetShown replaces the entries, keeping the cursor on the same mutual when
// it is still there.
func (l *listPane) SetShown(shown []int) {
	current := l.current()
	l.shown = shown
	l.cursor = 0
	for i, s := range shown {
		if s == current {
			l.cursor = i
			break
		}
	}
	l.clamp()
}

// current is the dataset position under the cursor, or -1.
func (l listPane) current() int {
	if l.cursor < 0 || l.cursor >= len(l.shown) {
		return -1
	}
	return l.shown[l.cursor]
}

// visible is how many entries fit.
func (l listPane) visible() int { return max((l.height-1)/rowsPerItem, 1) }

func (l *listPane) Move(delta int) {
	l.cursor += delta
	l.clamp()
}

func (l *listPane) MoveTo(i int) {
	l.cursor = i
	l.clamp()
}

func (l *listPane) clamp() {
	l.cursor = min(max(l.cursor, 0), max(len(l.shown)-1, 0))
	v := l.visible()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+v {
		l.offset = l.cursor - v + 1
	}
	l.offset = min(max(l.offset, 0), max(len(l.shown)-v, 0))
}

// Scroll moves the window without leaving the cursor off screen.
func (l *listPane) Scroll(delta int) {
	l.offset = min(max(l.offset+delta, 0), max(len(l.shown)-l.visible(), 0))
	l.cursor = min(max(l.cursor, l.offset), l.offset+l.visible()-1)
	l.clamp()
}

// At returns the entry drawn at line y of the pane (0 is the title).
func (l listPane) At(y int) (int, bool) {
	if y < 1 {
		return 0, false
	}
	i := l.offset + (y-1)/rowsPerItem
	return i, i < len(l.shown) && i < l.offset+l.visible()
}

// View draws the title and the visible entries; only those are rendered,
// however long the list. empty says why there are none.
func (l listPane) View(ix *model.Index, q model.Query, marks map[int]bool, focused bool, empty string, st render.Styles) string {
	lines := []string{paneTitle("Mutuals", focused, l.width, st)}
	if len(l.shown) == 0 {
		for _, w := range render.Wrap(empty, l.width-1) {
			lines = append(lines, st.Dim.Render(" "+w))
		}
	}
	end := min(l.offset+l.visible(), len(l.shown))
	for i := l.offset; i < end; i++ {
		lines = append(lines, l.entry(ix, l.shown[i], q, i == l.cursor, marks[l.shown[i]], st)...)
	}
	return fit(lines, l.width, l.height)
}

// explain finds why each mutual on screen matched q, for the rows to say
// when it matched in a field they do not show.
func (l listPane) explain(ix *model.Index, q model.Query) {
	end := min(l.offset+l.visible(), len(l.shown))
	l.why.keep(ix, q, l.shown[min(l.offset, end):end])
}

func (l listPane) entry(ix *model.Index, at int, query model.Query, cursor, marked bool, st render.Styles) []string {
	m := &ix.Dataset.Mutuals[at]
	q := ix.For(at, query) // only the side of a | this mutual matched is lit
	lead := "  "
	if cursor {
		lead = cursorGlyph + " "
	}
	mark := "  "
	if marked {
		mark = st.Mark.Render(markGlyph) + " "
	}
	nameW := max(l.width-4, 1)
	base := st.Selected
	if cursor {
		base = st.Cursor
	}
	tag := ""
	if l.by != "" && nameW >= 30 {
		tag = " " + render.Truncate(model.Printable(render.Clip(model.SortValue(m, l.by), sortTagMax)), min(sortTagMax, nameW/3))
	}
	plain := render.Truncate(model.Printable(render.Clip(m.Name, nameW)), nameW-render.Width(tag))
	name := highlight(plain, q, "name", base, base.Inherit(st.Match))
	pad := strings.Repeat(" ", max(nameW-render.Width(plain)-render.Width(tag), 0))
	first := lead + mark + name + pad + st.Dim.Render(tag)
	if cursor {
		first = st.Cursor.Render(lead) + mark + name + st.Cursor.Render(pad) + st.Cursor.Inherit(st.Dim).Render(tag)
	}
	if why, ok := l.why.line(ix, at, query, nameW, st); ok {
		return []string{first, "    " + why}
	}
	place := model.Printable(render.Clip(m.Location, nameW))
	service := model.Printable(render.Clip(render.Commas(m.ServiceArea), nameW))
	second := highlight(place, q, "location", st.Dim, st.Match) + st.Dim.Render(" · ") + highlight(service, q, "service_area", st.Dim, st.Match)
	return []string{first, "    " + render.Truncate(second, nameW)}
}

// highlight styles the parts of s that q matched in field with match, and
// the rest with base.
func highlight(s string, q model.Query, field string, base, match lipgloss.Style) string {
	var b strings.Builder
	at := 0
	for _, r := range q.Highlight(field, s) {
		b.WriteString(base.Render(s[at:r.Start]))
		b.WriteString(match.Render(s[r.Start:r.End]))
		at = r.End
	}
	b.WriteString(base.Render(s[at:]))
	return b.String()
}

// paneTitle is a pane's title over the full width, in the way of a
// border's top: the pane with the keys has ▸, its title in the accent
// colour and a heavy rule (━) after it; another pane a dim title and a
// thin one (─). Glyph and weight say it without colour (NO_COLOR).
func paneTitle(title string, focused bool, w int, st render.Styles) string {
	return titleRule(title, focused, w, st.Title, st.Dim)
}

// titleRule is paneTitle in the given styles: on, for the pane with the
// keys, and off.
func titleRule(title string, focused bool, w int, on, off lipgloss.Style) string {
	lead, rule, style := "  ", "─", off
	if focused {
		lead, rule, style = cursorGlyph+" ", "━", on
	}
	head := render.Truncate(lead+title, w)
	if rest := w - render.Width(head) - 1; rest > 0 {
		return style.Render(head + " " + strings.Repeat(rule, rest))
	}
	return style.Render(head)
}

// fit makes lines exactly w cells wide and h lines tall, so panes can be
// set side by side.
func fit(lines []string, w, h int) string {
	if h <= 0 || w <= 0 {
		return ""
	}
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = render.Pad(render.Truncate(lines[i], w), w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return strings.Join(out, "\n")
}
