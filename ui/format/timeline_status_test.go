package format

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestTimelineCarriesStatusAndReadings: every timeline format gives each
// mutual's status with its date, whether its start is unknown, and every
// reading on an event or the status, with its sources.
func TestTimelineCarriesStatusAndReadings(t *testing.T) {
	ds := uitest.Pathfinders(t)
	ms := uitest.Find(t, ds, "leicester", "newton-rigg")
	print := func(f Format) string {
		var buf bytes.Buffer
		if err := NewOutput(&buf, true, 100, f).PrintTimeline(ms); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	var doc timelineDoc
	if err := json.Unmarshal([]byte(print(JSON)), &doc); err != nil {
		t.Fatal(err)
	}
	leicester, rigg := doc.Mutuals[0], doc.Mutuals[1]
	if leicester.Status.Value != "running" || leicester.Status.AsOf == "" || !leicester.StartUnknown || leicester.RunningBy == "" {
		t.Errorf("JSON: Leicester's status and unknown start: %+v", leicester)
	}
	if rigg.Status.Value != "dropped" || len(rigg.Readings) != len(ms[1].ReadingsOf("event")) || len(rigg.Readings) == 0 {
		t.Errorf("JSON: Newton Rigg's status and readings: %+v", rigg)
	}
	for _, f := range []Format{Text, CSV, Markdown} {
		out := print(f)
		for _, r := range ms[1].ReadingsOf("event") {
			if !strings.Contains(out, r.Value) || !strings.Contains(out, r.Sources[0]) {
				t.Errorf("%s: the reading %q or its source is missing:\n%s", f, r.Value, out)
			}
		}
		if f != Text && !strings.Contains(out, "running") {
			t.Errorf("%s: no status:\n%s", f, out)
		}
	}
}
