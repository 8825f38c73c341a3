package format

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestNoControlReachesOutput: whatever the data holds, no printed format
// carries an escape, C0 or C1 control or bidi control, to a pipe (where
// nothing is styled) or to a colour terminal (where no writer strips
// anything but the program's own styles).
func TestNoControlReachesOutput(t *testing.T) {
	ds := uitest.HostileDataset()
	ms := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		ms[i] = &ds.Mutuals[i]
	}
	c := model.Compare(ms[:3], model.CompareFields(), ds)
	location, _ := model.FieldByKey("location")
	for _, p := range []colorprofile.Profile{colorprofile.NoTTY, colorprofile.ASCII, colorprofile.TrueColor} {
		for _, f := range Formats {
			var buf bytes.Buffer
			o := newOutput(&buf, p, 100, f)
			for _, err := range []error{o.PrintList(ds, ms), o.PrintRecord(ds, ms[0]), o.PrintComparison(c), o.PrintTimeline(ms),
				o.PrintStats(Stats{Field: location, Query: uitest.Attacks[2], Mutuals: len(ms), Counts: model.Facet(ms, "location")})} {
				if err != nil {
					t.Fatal(err)
				}
			}
			if msg := uitest.UnsafeText(buf.String()); msg != "" {
				t.Errorf("%s to %v: %s", f, p, msg)
			}
			if f == JSON && !strings.Contains(buf.String(), `\u001b`) {
				t.Errorf("JSON should escape ESC as \\u001b")
			}
		}
	}
}
