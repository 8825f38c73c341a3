package render

import (
	"strings"

	"github.com/mutuals/mutuals/model"
)

// Glyphs that say, without colour, whether a comparison row differs.
const (
	DiffersGlyph = "≠"
	SameGlyph    = "="
	UnknownGlyph = "?"
	colSep       = " │ "
	MinColumn    = 12
	SepWidth     = 3 // cells of colSep
)

// compareLayout places a comparison in a given width: a label column, then
// one column per mutual in cols.
type compareLayout struct {
	c      model.Comparison
	st     Styles
	b      *Budget // a screen's; nil prints every value whole
	labelW int
	ColW   int
	cols   []int // which mutuals, by position in c.Mutuals
}

func newCompareLayout(c model.Comparison, st Styles, width int, cols []int, b *Budget) compareLayout {
	l := compareLayout{c: c, st: st, b: b, cols: cols, labelW: CompareLabelWidth(c)}
	n := max(len(cols), 1)
	l.ColW = (width - l.labelW - 2 - SepWidth*n) / n
	return l
}

func CompareLabelWidth(c model.Comparison) int {
	w := 0
	for _, r := range append(c.Header[:len(c.Header):len(c.Header)], c.Rows...) {
		w = max(w, Width(RowLabel(r)))
	}
	return max(w, 8)
}

func RowLabel(r model.Row) string {
	if r.Field == model.PoolField {
		return "mentor pool"
	}
	return r.Label
}

// CompareLines renders a comparison for stdout: columns side by side when
// they fit in width, otherwise one block per row with a line per mutual.
// Every line fits width and nothing is cut: long values wrap. The screen
// lays out the same parts (NewCompareParts).
func CompareLines(c model.Comparison, width int, st Styles) []string {
	all := make([]int, len(c.Mutuals))
	for i := range all {
		all[i] = i
	}
	return NewCompareParts(c, width, all, st, CompareView{}).Lines()
}

const legend = DiffersGlyph + " values differ   " + SameGlyph + " the same for all"

// UnknownForAll is what a row says when no source gives the field for any
// of the mutuals compared.
func UnknownForAll(r model.Row) string {
	if r.Field == "mentors" {
		return "none named for any of these"
	}
	return model.Unknown + " for all"
}

// Names is the first line of the header, each mutual's name wrapped to its
// column under label; with maxLines above 0, a name longer than that many
// lines is cut, so that a screen can keep the names in view while the rest
// scrolls.
func (l compareLayout) Names(label string, maxLines int) []string {
	if len(l.c.Header) == 0 {
		return nil
	}
	h := l.c.Header[0]
	cells := make([][]string, len(l.cols))
	for i, col := range l.cols {
		cells[i] = l.b.Wrap(emptyValue(h.Field, Commas(h.Values[col])), l.ColW, l.st)
		if maxLines > 0 && len(cells[i]) > maxLines {
			rest := strings.Join(cells[i][maxLines-1:], " ")
			cells[i] = append(cells[i][:maxLines-1], Truncate(rest, l.ColW))
		}
		for j := range cells[i] {
			cells[i][j] = l.st.Title.Render(cells[i][j])
		}
	}
	return l.joinCells(l.st.Label.Render("  "+Pad(label, l.labelW)), cells)
}

// Rule is a line under the names that crosses the columns' lines, to set
// the names apart from rows scrolled under them.
func (l compareLayout) Rule() string {
	var b strings.Builder
	b.WriteString(strings.Repeat("─", l.labelW+2))
	for range l.cols {
		b.WriteString("─┼─" + strings.Repeat("─", l.ColW))
	}
	return l.st.Blurred.Render(b.String())
}

// Fact is the header's row i (1 and on: location, legal form).
func (l compareLayout) Fact(i int) []string {
	h := l.c.Header[i]
	cells := make([][]string, len(l.cols))
	for j, col := range l.cols {
		cells[j] = l.b.Wrap(emptyValue(h.Field, Commas(h.Values[col])), l.ColW, l.st)
		for k := range cells[j] {
			cells[j][k] = l.st.Dim.Render(cells[j][k])
		}
	}
	return l.joinCells(l.FactLabel(i), cells)
}

// FactLabel is the label cell of the header's row i.
func (l compareLayout) FactLabel(i int) string {
	return l.st.Label.Render("  " + Pad(l.c.Header[i].Label, l.labelW))
}

// Row lays out one field: a differing row column by column; a row the same
// for all once, across the columns, so that it reads quieter.
func (l compareLayout) Row(r model.Row) []string {
	if r.Unknown || r.Same {
		value := SameValue(r)
		if r.Unknown {
			value = UnknownForAll(r)
		}
		prefix := l.Label(r) + colSep
		lines := l.b.Wrap(value, l.ColW*len(l.cols)+SepWidth*(len(l.cols)-1), l.st)
		return hangLines(prefix, strings.Repeat(" ", l.labelW+2)+colSep, lines, l.st.Same)
	}
	cells := make([][]string, len(l.cols))
	for i, col := range l.cols {
		cells[i] = cellLines(r, col, l.ColW, l.st, l.b)
	}
	return l.joinCells(l.Label(r), cells)
}

// Label is a row's label cell: its glyph and its name, in the row's style.
func (l compareLayout) Label(r model.Row) string {
	label := Pad(RowLabel(r), l.labelW)
	switch {
	case r.Unknown:
		return l.st.Same.Render(UnknownGlyph + " " + label)
	case r.Same:
		return l.st.Same.Render(SameGlyph + " " + label)
	}
	return l.st.Differs.Render(DiffersGlyph + " " + label)
}

// LabelWidth is the cells of the label column, glyph included.
func (l compareLayout) LabelWidth() int { return l.labelW + 2 }

func SameValue(r model.Row) string {
	v := Commas(r.Values[0])
	switch {
	case r.Field == model.PoolField:
		return "offered, not assigned to any one: " + model.OrUnknown(v)
	}
	return model.OrUnknown(v)
}

// emptyValue says what a missing value means, in one word wherever it is
// shown: no mentor named for this one, or unknown (no source gives it).
func emptyValue(field, v string) string {
	switch {
	case v != "":
		return v
	case field == "mentors":
		return noneNamed
	}
	return model.Unknown
}

func hangLines(first, rest string, lines []string, st interface{ Render(...string) string }) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		out[i] = p + st.Render(l)
	}
	return out
}

// joinCells sets cells side by side under a label that starts the first
// line.
func (l compareLayout) joinCells(label string, cells [][]string) []string {
	rows := 0
	for _, c := range cells {
		rows = max(rows, len(c))
	}
	out := make([]string, rows)
	blank := strings.Repeat(" ", l.labelW+2)
	for i := range rows {
		var b strings.Builder
		if i == 0 {
			b.WriteString(Pad(label, l.labelW+2))
		} else {
			b.WriteString(blank)
		}
		for j, c := range cells {
			b.WriteString(colSep)
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			if j < len(cells)-1 {
				cell = Pad(cell, l.ColW)
			}
			b.WriteString(cell)
		}
		out[i] = strings.TrimRight(b.String(), " ")
	}
	return out
}
