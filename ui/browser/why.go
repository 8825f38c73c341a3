package browser

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// rowFields are the fields a list row draws; a match elsewhere is said on
// the row (whyLine), or the user cannot tell why the mutual is listed.
var rowFields = []string{"name", "location", "service_area"}

// snippetLead is how much of a value, in runes, comes before the match in
// a row's snippet: enough to read it in context.
const snippetLead = 16

// whyLine is a row's second line when its mutual matched only in a field
// the row does not show: the field and a snippet around the match,
// highlighted ("source: …Westminster children's…"). ok is false when the
// row shows every match. Only rows on screen ask, so its cost does not grow
// with the list.
func whyLine(ds *model.Dataset, m *model.Mutual, q model.Query, width int, st render.Styles) (string, bool) {
	r, ok := q.Why(ds, m, rowFields...)
	if !ok {
		return "", false
	}
	name := r.Field.Names[0]
	from := snippetStart(r.Value, r.Ranges[0].Start)
	var b strings.Builder
	b.WriteString(st.Dim.Render(name + ": "))
	if from > 0 {
		b.WriteString(st.Dim.Render("…"))
	}
	b.WriteString(styleRanges(r.Value, from, r.Ranges, st.Dim, st.Match))
	return render.Truncate(b.String(), width), true
}

// snippetStart is where a snippet of s showing the match at byte at
// begins: a few words before it, at the start of a word.
func snippetStart(s string, at int) int {
	from := at
	for n := 0; from > 0 && n < snippetLead; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:from])
		from -= size
	}
	if from == 0 {
		return 0
	}
	if sp := strings.IndexByte(s[from:at], ' '); sp >= 0 {
		return from + sp + 1
	}
	return from
}

// styleRanges draws s from byte from with base, and the ranges with match;
// each piece is made printable on its own, since the ranges are offsets in
// the raw value.
func styleRanges(s string, from int, rs []model.Range, base, match lipgloss.Style) string {
	var b strings.Builder
	at := from
	for _, r := range rs {
		if r.End <= at {
			continue
		}
		start := max(r.Start, at)
		b.WriteString(base.Render(model.Printable(s[at:start])))
		b.WriteString(match.Render(model.Printable(s[start:r.End])))
		at = r.End
	}
	b.WriteString(base.Render(model.Printable(s[at:])))
	return b.String()
}
