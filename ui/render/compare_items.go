package render

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// Glyphs that mark, without colour, how widely an item of a list row is
// shared: each is one cell wide and followed by a space.
var shareGlyphs = map[model.Share]string{
	model.SharedByAll:  "=",
	model.SharedBySome: "◐",
	model.OnlyOne:      "•",
	model.NotKnown:     " ",
}

// shareOf is how widely item j of mutual col is shared, if the row marks
// its items.
func shareOf(r model.Row, col, j int) (model.Share, bool) {
	if col >= len(r.Shares) || j >= len(r.Shares[col]) {
		return "", false
	}
	return r.Shares[col][j], true
}

func (st Styles) shareStyle(s model.Share) lipgloss.Style {
	switch s {
	case model.SharedByAll:
		return st.SharedByAll
	case model.SharedBySome:
		return st.SharedBySome
	}
	return lipgloss.NewStyle()
}

// cellLines is one mutual's value for a row, an item a line, each marked
// item behind its glyph with wrapped lines hanging under its text.
// A screen's budget b ends the items where it is spent.
func cellLines(r model.Row, col, w int, st Styles, b *Budget) []string {
	vals := r.Values[col]
	if len(vals) == 0 {
		return Wrap(emptyValue(r.Field, ""), w)
	}
	if isEvents(r) {
		return eventBlocks(vals, w, st, b)
	}
	var out []string
	if r.Field == model.PoolField {
		out = Wrap(poolCaveat, w)
	}
	for j, v := range vals {
		if b.Spent() {
			b.Skip(Sizes(vals[j:]...))
			break
		}
		s, ok := shareOf(r, col, j)
		if !ok {
			out = append(out, b.Charge(b.Wrap(v, w, st))...)
			continue
		}
		style := st.shareStyle(s)
		out = append(out, b.Charge(hangLines(style.Render(shareGlyphs[s])+" ", "  ", b.Wrap(v, w-2, st), style))...)
	}
	return out
}

// CellText is one mutual's value for a row on one line, items parted by
// semicolons and, unless the row is the same for all, marked by glyph: for
// the stacked layout and Markdown.
func CellText(r model.Row, col int) string {
	text, _ := cellText(r, col, nil)
	return text
}

// cellText is CellText as much as b lays out, and the bytes of the whole
// (for Budget.wrap): a screen joins no more items than it can show.
func cellText(r model.Row, col int, b *Budget) (string, int) {
	vals := r.Values[col]
	if len(vals) == 0 {
		return emptyValue(r.Field, ""), 0
	}
	var items []string
	shown, left := 0, 0 // the bytes joined, and left out
	for j, v := range vals {
		if b != nil && shown > ScreenTextMax {
			left += len(v) + 2
			continue
		}
		left += len(v) - len(b.start(v))
		v = b.start(v)
		if s, ok := shareOf(r, col, j); ok && s != model.NotKnown && !r.Same {
			v = shareGlyphs[s] + " " + v
		}
		items = append(items, v)
		shown += len(v) + 2
	}
	text := JoinItems(items)
	if r.Field == model.PoolField {
		text = poolCaveat + " " + text
	}
	return text, len(text) + left
}

// poolCaveat leads a mentor pool wherever it is shown: a programme offered
// it to its mutuals, and assigned no mentor from it to any one.
const poolCaveat = "offered, not assigned:"

// ShareLegend explains each item mark a comparison shows, or is empty
// when it shows none: rows the same for all are shown once, unmarked.
func ShareLegend(c model.Comparison) []string {
	used := map[model.Share]bool{}
	for _, r := range c.Body() {
		if r.Same {
			continue
		}
		for _, shares := range r.Shares {
			for _, s := range shares {
				used[s] = true
			}
		}
	}
	all := "shared by all"
	if len(c.Mutuals) == 2 {
		all = "in both"
	}
	var out []string
	for _, p := range []struct {
		s    model.Share
		text string
	}{{model.SharedByAll, all}, {model.SharedBySome, "shared by some"}, {model.OnlyOne, "only in this one"}} {
		if used[p.s] {
			out = append(out, shareGlyphs[p.s]+" "+p.text)
		}
	}
	return out
}

// CompareLegend explains the row marks and the item marks, wrapped to w.
func CompareLegend(c model.Comparison, w int, st Styles) []string {
	text := legend
	if slices.ContainsFunc(c.Body(), func(r model.Row) bool { return r.Unknown }) {
		text += "   " + UnknownGlyph + " no source gives it for any"
	}
	out := hangLines("", "", Wrap(text, w), st.Dim)
	if items := ShareLegend(c); len(items) > 0 {
		out = append(out, hangLines("", "", Wrap("items: "+strings.Join(items, "   "), w), st.Dim)...)
	}
	return out
}
