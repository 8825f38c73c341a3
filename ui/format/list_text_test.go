package format

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

func TestFitList(t *testing.T) {
	// ids 19 wide, names 49, places 21, as the built-in set.
	cases := []struct {
		width int
		want  listColumns
	}{
		{20, listColumns{nameW: 20}},           // a cut name, not an id and a scrap of one
		{49, listColumns{nameW: 49}},           // whole names
		{70, listColumns{id: true, nameW: 49}}, // then the id
		{83, listColumns{id: true, nameW: 49}},
		{84, listColumns{id: true, service: true, nameW: 49}}, // the rest: the service area, cut
		{92, listColumns{id: true, service: true, nameW: 49}}, // the place only whole
		{93, listColumns{id: true, place: true, nameW: 49}},
		{106, listColumns{id: true, place: true, nameW: 49}},
		{107, listColumns{id: true, place: true, service: true, nameW: 49}},
	}
	for _, tc := range cases {
		if got := fitList(tc.width, 19, 49, 21); got != tc.want {
			t.Errorf("width %d: %+v, want %+v", tc.width, got, tc.want)
		}
	}
}

// TestListFitsAnyWidth: the case. At 40 columns the list showed
// ids and a cut name; now each line fits, and shows the whole name where
// the width holds it. Goldens at 40, 80 and 120.
func TestListFitsAnyWidth(t *testing.T) {
	ds := uitest.Pathfinders(t)
	all := uitest.AllMutuals(ds)
	for w := 20; w <= 200; w++ {
		var buf bytes.Buffer
		o := NewOutput(&buf, true, w, Text)
		o.Fit = true
		if err := o.PrintList(ds, all); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		for i, l := range lines {
			if render.Width(l) > w {
				t.Fatalf("width %d: line %d is %d wide: %q", w, i, render.Width(l), l)
			}
		}
		if w >= 49 && !strings.Contains(buf.String(), "DH London and South East learning disability team") {
			t.Errorf("width %d: a name that fits is cut:\n%s", w, buf.String())
		}
		if w == 40 || w == 80 || w == 120 {
			uitest.Golden(t, *update, "list-fit-"+strconv.Itoa(w)+".text", buf.Bytes())
		}
	}
}

// TestListCountsWithoutTotals: the text list ends with its count line
// whatever the data, so an empty result says so rather than printing
// nothing. A register made by init, or a programme with no total, had
// no line at all: "list status:ended" looked like a silent failure.
func TestListCountsWithoutTotals(t *testing.T) {
	ms := []model.Mutual{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}}
	cases := []struct {
		name  string
		ds    *model.Dataset
		shown int
		want  string
	}{
		{"no programme, none shown", model.NewDataset("t", nil, ms, nil), 0, "0 shown · 2 mutuals\n"},
		{"no programme, one shown", model.NewDataset("t", nil, ms, nil), 1, "1 shown · 2 mutuals\n"},
		{"a programme with no total", model.NewDataset("t", []model.Programme{{ID: "p", Name: "P"}},
			[]model.Mutual{{ID: "a", Name: "A", Programme: "p"}}, nil), 0, "0 shown · 1 mutual\n"},
	}
	for _, tc := range cases {
		var buf bytes.Buffer
		if err := NewOutput(&buf, false, 0, Text).PrintList(tc.ds, uitest.AllMutuals(tc.ds)[:tc.shown]); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(buf.String(), tc.want) || strings.Count(buf.String(), "\n") != tc.shown+1 {
			t.Errorf("%s: printed %q, want it to end %q", tc.name, buf.String(), tc.want)
		}
	}
}
