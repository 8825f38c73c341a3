package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/model"
)

// attacks are strings a data file could use to act on a terminal.
var attacks = []string{
	"\x1b[31mred\x1b[0m", "\x1b[2J\x1b[H", "\x1b]0;title\x07", "\x1b]52;c;cGF5bG9hZA==\x07",
	"\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "\x9b31m", "\u009b31m", "\u202egnp.exe", "nul\x00bell\x07",
	// terminal queries, whose answers the terminal types as if the user had
	"\x1b[6n", "\x1bP+q544e\x1b\\",
	"\x1b[?1049h", "\x1bc", "\u009d0;C1 title\u009c", "\u0085next", "a\u2066b\u2069c", "\u061c\u200e\u200f",
	"tab\tcr\rlf\n", "\x7fdel\bback",
}

func hostileDataset() *model.Dataset {
	var ms []model.Mutual
	for i, a := range attacks {
		ms = append(ms, model.Mutual{ID: "m" + string(rune('a'+i)), Name: "name " + a, Location: a,
			ServiceArea: []string{a}, StaffGroups: []string{a}, Mentors: []string{a}, LegalForm: a,
			Summary: a, Sources: []string{"s"}, Events: []model.Event{{Date: "2011", Kind: "other", Text: a, Sources: []string{"s"}}}})
	}
	return model.NewDataset("hostile", model.Programme{MentorPool: []string{attacks[0]}}, ms,
		[]model.Source{{ID: "s", Title: attacks[1], URL: attacks[4]}})
}

// TestNoControlReachesOutput: whatever the data holds, no printed format
// carries an escape, C0 or C1 control or bidi control, to a pipe (where
// nothing is styled) or to a colour terminal (where no writer strips
// anything but the program's own styles).
func TestNoControlReachesOutput(t *testing.T) {
	ds := hostileDataset()
	ms := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		ms[i] = &ds.Mutuals[i]
	}
	c := model.Compare(ms[:3], model.CompareFields(), ds.Programme)
	location, _ := model.FieldByKey("location")
	for _, p := range []colorprofile.Profile{colorprofile.NoTTY, colorprofile.ASCII, colorprofile.TrueColor} {
		for _, f := range Formats {
			var buf bytes.Buffer
			o := newOutput(&buf, p, 100, f)
			for _, err := range []error{o.PrintList(ds, ms), o.PrintRecord(ds, ms[0]), o.PrintComparison(c), o.PrintTimeline(ms),
				o.PrintStats(Stats{Field: location, Query: attacks[2], Mutuals: len(ms), Counts: model.Facet(ms, "location")})} {
				if err != nil {
					t.Fatal(err)
				}
			}
			if msg := unsafeText(buf.String()); msg != "" {
				t.Errorf("%s to %v: %s", f, p, msg)
			}
			if f == JSON && !strings.Contains(buf.String(), `\u001b`) {
				t.Errorf("JSON should escape ESC as \\u001b")
			}
		}
	}
}
