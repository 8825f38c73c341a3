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
// the row (whyMemo), or the user cannot tell why the mutual is listed.
var rowFields = []string{"name", "location", "service_area"}

// snippetLead is how much of a value, in runes, comes before the match in
// a row's snippet: enough to read it in context.
const snippetLead = 16

// whyMemo keeps the reasons of the rows on screen, for one index and
// query: a row whose mutual matched only in a field the row does not show
// says which field and where ("source: …Westminster children's…"), or
// the user cannot tell why the mutual is listed. Finding a reason reads
// the whole of a long value, and drawing it only the line it shows, so
// the list finds them in Update, for the rows it will show (keep), and a
// frame, drawn again at every blink, only reads them (line).
type whyMemo struct {
	ix      *model.Index
	query   string
	reasons map[int]whyReason
}

type whyReason struct {
	model.Reason
	ok bool
}

// keep finds the reasons of the mutuals at these positions that it does
// not have yet, forgetting those of another index or query. Only rows on
// screen are kept, so its cost does not grow with the list.
func (w *whyMemo) keep(ix *model.Index, q model.Query, at []int) {
	if w.ix != ix || w.query != q.Raw || len(w.reasons)+len(at) > 256 {
		w.ix, w.query, w.reasons = ix, q.Raw, make(map[int]whyReason, len(at))
	}
	for _, i := range at {
		if i >= ix.Len() { // new data, the list it shows not yet set
			continue
		}
		if _, kept := w.reasons[i]; !kept {
			r, ok := ix.Why(i, ix.For(i, q), rowFields...)
			w.reasons[i] = whyReason{r, ok}
		}
	}
}

// size is how many reasons are kept.
func (w *whyMemo) size() int { return len(w.reasons) }

// line is the row's second line saying why its mutual matched q (the
// side of a | it matched), with the matches highlighted; ok is false when
// the row shows every match. It finds a reason not kept, and keeps
// nothing.
func (w *whyMemo) line(ix *model.Index, at int, q model.Query, width int, st render.Styles) (string, bool) {
	r, kept := w.reasons[at]
	if !kept || w.ix != ix || w.query != q.Raw {
		r.Reason, r.ok = ix.Why(at, ix.For(at, q), rowFields...)
	}
	if !r.ok {
		return "", false
	}
	var b strings.Builder
	b.WriteString(st.Dim.Render(r.Field.Names[0] + ": "))
	b.WriteString(matchSnippet(r.Value, r.Ranges, width, st))
	return render.TruncateWords(b.String(), width), true
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
