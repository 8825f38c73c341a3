package browser

import (
	"slices"
	"testing"
)

// TestChangedQueryStartsAtTheTop: as in fzf, a query that changes puts the
// cursor on the first row, so that the recipe "type, tab, ctrl+u, type,
// tab" marks each query's best match. The cursor stayed on the row it was
// on while it still matched: "ham" tab, then "westm" left it on Newton
// Rigg (Westmorland), which tab marked in place of Westminster.
func TestChangedQueryStartsAtTheTop(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	for _, q := range []string{"ham", "westm"} {
		typeText(b, q)
		if row := listCursorRow(b); row != 0 {
			t.Errorf("after typing %q the cursor is on row %d, want the first row", q, row)
		}
		press(b, "tab", "ctrl+u")
	}
	// The rows keep their order (file order here): "westm" puts the
	// awarding body first (a source's title names Westminster), and tab
	// marks it; the cursor no longer stays on Newton Rigg.
	if got := markedIDs(b); !slices.Contains(got, "hammersmith-fulham") || slices.Contains(got, "newton-rigg") {
		t.Errorf("marked %v: want Hammersmith and Fulham, and never Newton Rigg", got)
	}
}
