package render

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestRecordEndAgreesWithTimeline: `show` says "after that: not known"
// exactly when the timeline cannot say when the mutual stopped, for every
// mutual built in (north-east-essex, transferred in 2021, once disagreed).
func TestRecordEndAgreesWithTimeline(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for i := range ds.Mutuals {
		m := &ds.Mutuals[i]
		text := strings.Join(RecordLines(ds, m, 100, Styles{}), "\n")
		saysUnknown := strings.Contains(text, "after that: not known")
		l := model.NewLifeline(m)
		if len(m.Events) > 0 && saysUnknown == l.EndKnown() {
			t.Errorf("%s: show says end unknown=%v, timeline says end known=%v (%s %s)", m.ID, saysUnknown, l.EndKnown(), l.EndKind, l.Ended)
		}
	}
}
