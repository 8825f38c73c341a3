package render

import (
	"testing"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestEventsLine: every record has its events' heading where EventsLine
// says, in colour and none, at any width.
func TestEventsLine(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for _, st := range []Styles{{}, ScreenStyles(true), ScreenStyles(false)} {
		for i := range ds.Mutuals {
			for _, w := range []int{20, 60, 120} {
				lines := RecordLines(ds, &ds.Mutuals[i], w, st)
				at := EventsLine(lines, st)
				if at < 0 || lines[at] != st.Heading.Render("What happened next") {
					t.Fatalf("%s at %d: the events' heading is not found (%d)", ds.Mutuals[i].ID, w, at)
				}
			}
		}
	}
}
