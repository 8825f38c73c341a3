package render

import (
	"testing"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestEventsLine: every record has its events' heading where EventsLine
// says, in colour and none, at any width.
func TestEventsLine(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for _, o := range []struct {
		st     Styles
		screen bool
	}{{Styles{}, false}, {NewStyles(true), true}, {NewStyles(false), true}} {
		st := o.st
		for i := range ds.Mutuals {
			for _, w := range []int{20, 60, 120} {
				lines := RecordView(ds, &ds.Mutuals[i], w, st, RecordOptions{Screen: o.screen})
				at := EventsLine(lines, st)
				if at < 0 || lines[at] != st.Heading.Render("What happened next") {
					t.Fatalf("%s at %d: the events' heading is not found (%d)", ds.Mutuals[i].ID, w, at)
				}
			}
		}
	}
}
