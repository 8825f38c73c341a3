package render

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestFieldWithReadingsNeverSaysNoneFlatly: a field the record leaves
// empty or unknown but a reading gives (Hammersmith and Fulham: no mentor
// named, a John Lewis Partnership mentor advising by one report) points to
// the readings instead of saying "none" flatly; the section is worded for
// one reading as for several.
func TestFieldWithReadingsNeverSaysNoneFlatly(t *testing.T) {
	r := func(field string, n int) []model.Reading {
		out := make([]model.Reading, n)
		for i := range out {
			out[i] = model.Reading{Field: field, Value: "v", Sources: []string{"s"}}
		}
		return out
	}
	tests := []struct {
		name    string
		m       model.Mutual
		label   string // the field's line begins with it
		want    string // ... and reads
		heading string
	}{
		{"no mentor named, no reading", model.Mutual{}, "mentors named", "none named for this mutual", ""},
		{"no mentor named, one reading", model.Mutual{Readings: r("mentors", 1)}, "mentors named", "none named as assigned; see where a source differs", "Where a source differs"},
		{"no mentor named, two readings", model.Mutual{Readings: r("mentors", 2)}, "mentors named", "none named as assigned; see where sources differ", "Where sources differ"},
		{"a mentor named and a reading", model.Mutual{Mentors: []string{"KPMG"}, Readings: r("mentors", 1)}, "mentors named", "KPMG", "Where a source differs"},
		{"wave unknown, a reading", model.Mutual{Readings: r("wave", 1)}, "wave", "unknown; see where a source differs", "Where a source differs"},
		{"outcome unknown, readings elsewhere", model.Mutual{Readings: r("event", 2)}, "outcome", "unknown", "Where sources differ"},
	}
	ds := model.NewDataset("t", nil, nil, nil)
	for _, tt := range tests {
		m := tt.m
		m.ID, m.Name, m.Location = "x", "X", "Y"
		var line string
		for _, f := range RecordFields(ds, &m) {
			if f.Label == tt.label {
				line = f.Value
			}
		}
		if line != tt.want {
			t.Errorf("%s: %s %q, want %q", tt.name, tt.label, line, tt.want)
		}
		text := strings.Join(RecordLines(ds, &m, 100, Styles{}), "\n")
		for _, h := range []string{"Where sources differ", "Where a source differs"} {
			if strings.Contains(text, "\n"+h+"\n") != (h == tt.heading) {
				t.Errorf("%s: heading %q shown %v, want the heading %q:\n%s", tt.name, h, !(h == tt.heading), tt.heading, text)
			}
		}
	}
	ds = uitest.Pathfinders(t)
	text := strings.Join(RecordLines(ds, uitest.Find(t, ds, "hammersmith-fulham")[0], 100, Styles{}), "\n")
	if strings.Contains(text, noneNamed) || !strings.Contains(text, "see where a source differs") {
		t.Errorf("Hammersmith and Fulham says no mentor flatly:\n%s", text)
	}
}
