package render

import (
	"strings"
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

// TestEventLabelsHang: the case. "2019-07-30 contract-lost" was
// wider than the label column, so it went on a line of its own and its
// text lost the hanging indent. Now, at 60 columns and more, every
// event's text starts on its label's line, at one indent for the record.
func TestEventLabelsHang(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for i := range ds.Mutuals {
		m := &ds.Mutuals[i]
		for _, w := range []int{60, 80, 120} {
			lines := RecordLines(ds, m, w, Styles{})
			indent := -1
			for j := EventsLine(lines, Styles{}) + 1; j < len(lines) && lines[j] != ""; j++ {
				l := lines[j]
				if strings.HasPrefix(l, "after that") {
					break
				}
				if l[0] != ' ' {
					at := strings.Index(l, "  ")
					if at < 0 {
						t.Errorf("%s at %d: an event's label holds no text: %q", m.ID, w, l)
						continue
					}
					text := at + len(l[at:]) - len(strings.TrimLeft(l[at:], " "))
					if indent >= 0 && text != indent {
						t.Errorf("%s at %d: text at column %d, others at %d: %q", m.ID, w, text, indent, l)
					}
					indent = text
				} else if indent >= 0 && len(l)-len(strings.TrimLeft(l, " ")) != indent {
					t.Errorf("%s at %d: a wrapped line does not hang at column %d: %q", m.ID, w, indent, l)
				}
			}
		}
	}
}
