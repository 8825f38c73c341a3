package ui

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// attacks are strings a data file could use to act on a terminal.
var attacks = []string{
	"\x1b[31mred\x1b[0m", "\x1b[2J\x1b[H", "\x1b]0;title\x07", "\x1b]52;c;cGF5bG9hZA==\x07",
	"\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "\x9b31m", "\u009b31m", "\u202egnp.exe", "nul\x00bell\x07",
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
// carries an escape, C1 control or bidi override to the terminal.
func TestNoControlReachesOutput(t *testing.T) {
	ds := hostileDataset()
	ms := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		ms[i] = &ds.Mutuals[i]
	}
	c := model.Compare(ms[:3], model.CompareFields(), ds.Programme)
	for _, f := range Formats {
		var buf bytes.Buffer
		o := NewOutput(&buf, false, 100, f)
		if err := o.PrintList(ds, ms); err != nil {
			t.Fatal(err)
		}
		if err := o.PrintRecord(ds, ms[0]); err != nil {
			t.Fatal(err)
		}
		if err := o.PrintComparison(c); err != nil {
			t.Fatal(err)
		}
		checkClean(t, string(f), buf.String())
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(sizeMsg(120, 40))
	checkClean(t, "browser", ansi.Strip(b.Render()))
}

func checkClean(t *testing.T, what, out string) {
	t.Helper()
	for i, r := range out {
		if r != '\n' && model.Unsafe(r) {
			t.Fatalf("%s: control %U at byte %d: %q", what, r, i, out[max(i-20, 0):min(i+20, len(out))])
		}
	}
	if !utf8.ValidString(out) {
		t.Errorf("%s: output is not valid UTF-8", what)
	}
	if what == string(JSON) && !strings.Contains(out, `\u001b`) {
		t.Errorf("JSON should escape ESC as \\u001b")
	}
}
