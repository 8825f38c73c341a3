package browser

import (
	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// The tests read the browser's state through these, and through frames:
// a refactor that keeps the behaviour changes them here, once.

// currentID is the id of the mutual under the list's cursor, or "".
func currentID(b *Browser) string {
	if i := b.list.current(); i >= 0 {
		return b.ds.Mutuals[i].ID
	}
	return ""
}

// shownPositions are the positions the list shows, in order.
func shownPositions(b *Browser) []int { return b.list.shown() }

// shownIDs are the ids of the mutuals the list shows, in order.
func shownIDs(b *Browser) []string {
	var out []string
	for _, p := range shownPositions(b) {
		out = append(out, b.ds.Mutuals[p].ID)
	}
	return out
}

// listCursorRow is the row of the list's cursor.
func listCursorRow(b *Browser) int { return b.list.row() }

// moveTo puts the list's cursor on row i.
func moveTo(b *Browser, i int) {
	b.list.pane.MoveTo(i)
	b.list.sync()
}

// markedIDs are the ids of the marked mutuals, in the order marked.
func markedIDs(b *Browser) []string { return b.list.markedIDs() }

// detailTop is the first line shown of the detail beside the list.
func detailTop(b *Browser) int { return b.list.detail.offset }

// detailLines are the lines of the detail beside the list.
func detailLines(b *Browser) []string { return b.list.detail.lines }

// showProblems lists the problems of err under the list (none for nil),
// as a reload that fails, or succeeds, does.
func showProblems(b *Browser, err error) {
	b.problems.set(err)
	b.layout()
}

// problemAt is the problem under the problems pane's cursor.
func problemAt(b *Browser) int { return b.problems.at }

// facetField is the key of the field the facet screen counts.
func facetField(b *Browser) string { return b.facets.pane.Field().Key }

// facetCurrent is the count under the facet screen's cursor.
func facetCurrent(b *Browser) (model.Count, bool) { return b.facets.pane.Current() }

// facetCounting reports whether the facet screen waits for a count.
func facetCounting(b *Browser) bool { return b.facets.pane.counting }

// facetCounts are the counts the facet screen shows.
func facetCounts(b *Browser) []model.Count { return b.facets.pane.counts }

// timelineLines are the timeline's rows, once built.
func timelineLines(b *Browser) []model.Lifeline { return b.timeline.rows.Timeline.Lines }

// reasonsKept is how many rows' reasons the list has found and keeps.
func reasonsKept(b *Browser) int { return b.list.pane.why.size() }

// rowText is the first line of the list's row for the mutual at position
// at, without its styles.
func rowText(b *Browser, at int) string {
	return ansi.Strip(b.list.pane.entry(b.ix, at, b.query, at == b.list.current(), false, b.st)[0])
}

// rowSortTag is the sort's key the rows add, or "" when they add none.
func rowSortTag(b *Browser) string { return b.list.pane.by }
