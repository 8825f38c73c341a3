package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestShortPool: folded, the mentor pool is one line at every width that
// still says to whom it was offered and that it was assigned to none, and names the
// first of the pool; printed, every name is there.
func TestShortPool(t *testing.T) {
	ds := uitest.Pathfinders(t)
	offer, _ := ds.PoolOf(&ds.Mutuals[0])
	pool := offer.Mentors
	want := fmt.Sprintf("offered to all %d, none assigned", len(pool))
	if offer.Wave != 0 { // the built-in pool was offered to the first wave only
		want = fmt.Sprintf("offered to wave %d, none assigned", offer.Wave)
	}
	for _, w := range uitest.Widths(MinWidth, 160) {
		lines := RecordView(ds, &ds.Mutuals[0], w, NewStyles(true), RecordOptions{Screen: true, ShortPool: true, PoolMore: "m"})
		var found []string
		for _, l := range lines {
			if strings.HasPrefix(ansi.Strip(l), "mentor pool") {
				found = append(found, ansi.Strip(l))
			}
			if got := Width(l); got > w {
				t.Fatalf("width %d: a line of %d cells: %q", w, got, ansi.Strip(l))
			}
		}
		if len(found) != 1 {
			t.Fatalf("width %d: %d mentor pool lines: %q", w, len(found), found)
		}
		if w >= 52 && !strings.Contains(found[0], want+" — "+pool[0]+",") && !strings.Contains(found[0], want+" — m lists them") && !strings.HasSuffix(found[0], want+" (m)") {
			t.Errorf("width %d: %q does not say %q and the first name", w, found[0], want)
		}
		if strings.Contains(found[0], pool[len(pool)-1]) {
			t.Errorf("width %d: %q names the whole pool", w, found[0])
		}
	}
	printed := strings.Join(RecordLines(ds, &ds.Mutuals[0], 80, NewStyles(true)), " ")
	for _, name := range pool {
		for _, word := range strings.Fields(name) {
			if !strings.Contains(printed, word) {
				t.Errorf("printed show lacks %q of the pool", word)
			}
		}
	}
}

// TestRecordHighlights: the query's matches are drawn in the match style
// in every part of the record, fielded terms only in their field, and the
// lines break where they do without a query.
func TestRecordHighlights(t *testing.T) {
	ds := uitest.Pathfinders(t)
	st := NewStyles(true)
	m := &ds.Mutuals[0]
	plain := RecordView(ds, m, 70, st, RecordOptions{Screen: true})
	word := strings.Fields(m.ServiceArea[0])[0]
	q := model.ParseQuery("pathfinders service:" + word)
	lit := RecordView(ds, m, 70, st, RecordOptions{Screen: true, Query: q})
	if len(plain) != len(lit) {
		t.Fatalf("%d lines highlighted, %d not", len(lit), len(plain))
	}
	text := strings.Join(lit, "\n")
	if !strings.Contains(text, st.Match.Render("pathfinders")) {
		t.Errorf("an unfielded term is not highlighted")
	}
	for _, l := range lit {
		if strings.Contains(l, st.Match.Render(word)) != strings.HasPrefix(ansi.Strip(l), "service area") {
			t.Errorf("service:%s: highlighted or not wrongly in %q", word, ansi.Strip(l))
		}
	}
	for i := range plain {
		if ansi.Strip(plain[i]) != ansi.Strip(lit[i]) {
			t.Fatalf("line %d changed: %q, %q", i, ansi.Strip(plain[i]), ansi.Strip(lit[i]))
		}
	}
}
