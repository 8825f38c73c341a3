package browser

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

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
// the row does not show: the field and a snippet around the matches,
// highlighted ("source: …Westminster children's…"). ok is false when the
// row shows every match. Only rows on screen ask, so its cost does not grow
// with the list.
func whyLine(ix *model.Index, at int, q model.Query, width int, st render.Styles) (string, bool) {
	return (*whyMemo)(nil).line(ix, at, q, width, st)
}

// whyMemo keeps the reasons of the rows drawn for one index and query.
// Finding a reason reads the whole of a long value, and drawing it only
// the line it shows, so a frame drawn again (a cursor's blink) reads
// nothing of a field of megabytes. Only rows on screen are kept.
type whyMemo struct {
	ix      *model.Index
	query   string
	reasons map[int]whyReason
}

type whyReason struct {
	model.Reason
	ok bool
}

// line is whyLine, from the memo when it has the reason; a nil memo
// keeps nothing.
func (w *whyMemo) line(ix *model.Index, at int, q model.Query, width int, st render.Styles) (string, bool) {
	r, ok := w.why(ix, at, q)
	if !ok {
		return "", false
	}
	var b strings.Builder
	b.WriteString(st.Dim.Render(r.Field.Names[0] + ": "))
	b.WriteString(matchSnippet(r.Value, r.Ranges, width, st))
	return render.TruncateWords(b.String(), width), true
}

func (w *whyMemo) why(ix *model.Index, at int, q model.Query) (model.Reason, bool) {
	if w == nil {
		return ix.Why(at, q, rowFields...)
	}
	if w.ix != ix || w.query != q.Raw || len(w.reasons) > 256 {
		w.ix, w.query, w.reasons = ix, q.Raw, map[int]whyReason{}
	}
	r, kept := w.reasons[at]
	if !kept {
		r.Reason, r.ok = ix.Why(at, q, rowFields...)
		w.reasons[at] = r
	}
	return r.Reason, r.ok
}

// matchSnippet is value around its matches: each with a few words before it,
// and "…" where text is left out, so that matches far apart in a long
// value still show on one short line. It draws what width cells can show
// and stops, however long the value and however many its matches.
func matchSnippet(value string, rs []model.Range, width int, st render.Styles) string {
	var b strings.Builder
	at := 0
	for i, r := range rs {
		if render.Width(ansi.Strip(b.String())) > width {
			return b.String()
		}
		from := max(snippetStart(value, r.Start), at)
		switch {
		case i == 0 && from > 0:
			b.WriteString(st.Dim.Render("…"))
		case from > at: // text left out between two matches
			b.WriteString(st.Dim.Render(" … "))
		}
		b.WriteString(styleRanges(value[:r.End], from, []model.Range{r}, st.Dim, st.Match))
		at = r.End
	}
	b.WriteString(st.Dim.Render(model.Printable(render.Clip(value[at:], width))))
	return b.String()
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
