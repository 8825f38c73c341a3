package render

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// StackedCompare is the layout for too many columns or too little width:
// each mutual gets a number, each row is a block with a line per mutual.
// It is printed whole; a screen lays it out within a budget
// (stackedCompare).
func StackedCompare(c model.Comparison, w int, st Styles) []string {
	return stackedCompare(c, w, st, nil)
}

// stackedCompare is StackedCompare within b: the rows stop where b is
// spent, and More says what was left out.
func stackedCompare(c model.Comparison, w int, st Styles, b *Budget) []string {
	tagW := len(strconv.Itoa(len(c.Mutuals)))
	tag := func(i int) string { return Pad(strconv.Itoa(i+1), tagW) }
	blank := strings.Repeat(" ", tagW)
	var out []string
	for i, m := range c.Mutuals {
		if b.Spent() {
			b.Skip(Sizes(m.Name, m.ID))
			continue
		}
		// The header's facts as the table gives them, readings included.
		line := fmt.Sprintf("%s (%s)", m.Name, m.ID)
		for _, h := range c.Header {
			if h.Field != "name" {
				line += " · " + emptyValue(h.Field, Commas(h.Values[i]))
			}
		}
		out = append(out, b.Charge(hangLines(tag(i)+"  ", blank+"  ", b.Wrap(model.Printable(line), w-tagW-2, st), st.Title))...)
	}
	for _, r := range c.Body() {
		if b.Spent() {
			b.Skip(rowSize(r))
			continue
		}
		out = append(out, b.Charge(stackedRow(c, r, w, st, b))...)
	}
	return append(append(append(out, b.More(w, st)...), ""), CompareLegend(c, w, st)...)
}

// stackedRow is one row of the stacked layout: its label, then a line
// per mutual, or one for all when the row is the same for all.
func stackedRow(c model.Comparison, r model.Row, w int, st Styles, b *Budget) []string {
	tagW := len(strconv.Itoa(len(c.Mutuals)))
	tag := func(i int) string { return Pad(strconv.Itoa(i+1), tagW) }
	blank := strings.Repeat(" ", tagW)
	out := []string{""}
	if r.Unknown {
		return append(out, hangLines(st.Same.Render(UnknownGlyph+" "), "  ", Wrap(RowLabel(r)+": "+UnknownForAll(r), w-2), st.Same)...)
	}
	if r.Same {
		out = append(out, hangLines(st.Same.Render(SameGlyph+" "), "  ", Wrap(RowLabel(r), w-2), st.Same)...)
		return append(out, hangLines("    ", "    ", b.Wrap(SameValue(r), w-4, st), st.Same)...)
	}
	out = append(out, hangLines(st.Differs.Render(DiffersGlyph+" "), "  ", Wrap(RowLabel(r), w-2), st.Differs)...)
	for i := range c.Mutuals {
		lead, rest := "  "+tag(i)+"  ", "  "+blank+"  "
		if isEvents(r) && len(r.Values[i]) > 0 {
			out = append(out, hangLines(lead, rest, eventBlocks(r.Values[i], w-tagW-4, st, b), lipgloss.NewStyle())...)
			continue
		}
		text, size := cellText(r, i, b)
		out = append(out, hangLines(lead, rest, b.wrap(text, size, w-tagW-4, st, same), lipgloss.NewStyle())...)
	}
	return out
}
