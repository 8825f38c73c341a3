package format

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestPrintedTimeline holds every format of the timeline to a golden file,
// and the text chart at a wide, a middling and the narrowest width.
func TestPrintedTimeline(t *testing.T) {
	ds := uitest.Pathfinders(t)
	ms := uitest.AllMutuals(ds)
	for _, f := range Formats {
		for _, w := range []int{20, 60, 120} {
			if f != Text && w != 120 {
				continue
			}
			name := "timeline." + string(f)
			if f == Text {
				name = "timeline-" + strconv.Itoa(w) + ".text"
			}
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := NewOutput(&buf, false, w, f).PrintTimeline(ms); err != nil {
					t.Fatal(err)
				}
				if bytes.ContainsRune(buf.Bytes(), 0x1b) {
					t.Error("printed output to a non-terminal holds an escape sequence")
				}
				uitest.Golden(t, *update, name, buf.Bytes())
			})
		}
	}
}

func TestTimelineOfNothing(t *testing.T) {
	var buf bytes.Buffer
	if err := NewOutput(&buf, true, 80, Text).PrintTimeline(nil); err != nil || buf.String() != "nothing to draw: no mutual matches\n" {
		t.Errorf("no mutuals: %q, %v; want a line saying so", buf.String(), err)
	}
	m := &model.Mutual{Name: "Undated", Events: []model.Event{{Date: "", Kind: "other"}}}
	buf.Reset()
	if err := NewOutput(&buf, false, 40, Text).PrintTimeline([]*model.Mutual{m}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Undated") || !strings.Contains(buf.String(), "no dated events") {
		t.Errorf("a mutual with no dated events:\n%s", buf.String())
	}
}
