package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// eventHead is an event's date and kind (or the date alone, where a narrow
// column wraps the kind), as it leads its block; a year that ends a source
// id, as in "(d3tenders-2024", is not one.
var eventHead = regexp.MustCompile(`(?:^|\s)\d{4}(-\d\d){0,2}( (` + strings.Join(model.EventKinds, "|") + `)\b|\s*$)`)

// lineStart is what may come before an event's head on its line: the
// space of a column, or a stacked layout's number.
var lineStart = regexp.MustCompile(`^\s*(\d+\s+)?$`)

// TestCompareEventsReadApart: in a comparison of events, side by side or
// stacked, every event starts a line of its own with its date, and no line
// holds the end of one event and the start of the next.
func TestCompareEventsReadApart(t *testing.T) {
	ds := uitest.Pathfinders(t)
	var ms []*model.Mutual
	for _, ref := range []string{"swindon", "leicester"} {
		m, err := ds.Find(ref)
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	c := model.Compare(ms, []string{"events"}, ds)
	want := len(ms[0].Events) + len(ms[1].Events)
	for _, w := range []int{40, 60, 100, 160} {
		heads := 0
		for _, line := range CompareLines(c, w, Styles{}) {
			for _, cell := range strings.Split(line, "│") {
				for _, loc := range eventHead.FindAllStringIndex(cell, -1) {
					heads++
					if !lineStart.MatchString(cell[:loc[0]]) {
						t.Errorf("width %d: an event starts mid-line: %q", w, line)
					}
				}
			}
		}
		if heads != want {
			t.Errorf("width %d: %d events lead a line, want %d", w, heads, want)
		}
	}
}
