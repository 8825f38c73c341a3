package format

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

func pathfinderStats(t *testing.T, query, by string) Stats {
	t.Helper()
	ds := uitest.Pathfinders(t)
	f, err := model.FacetField(by)
	if err != nil {
		t.Fatal(err)
	}
	var ms []*model.Mutual
	for _, i := range model.NewIndex(ds).Search(model.ParseQuery(query)) {
		ms = append(ms, &ds.Mutuals[i])
	}
	return Stats{Field: f, Query: query, Mutuals: len(ms), Counts: model.Facet(ms, f.Key)}
}

// TestPrintedStats holds every format of `mutuals stats` to golden files.
func TestPrintedStats(t *testing.T) {
	cases := []struct {
		name, query, by string
		width           int
		formats         []Format
	}{
		{"stats-service", "", "service", 80, Formats},
		{"stats-form", "", "form", 80, Formats},
		{"stats-london-staff", "place:london", "staff", 60, []Format{Text, Markdown}},
		{"stats-mentor-40", "", "mentor", 40, []Format{Text}},
		{"stats-none", "zzzz", "region", 80, Formats},
	}
	for _, tc := range cases {
		for _, f := range tc.formats {
			name := tc.name + "." + string(f)
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := NewOutput(&buf, false, tc.width, f).PrintStats(pathfinderStats(t, tc.query, tc.by)); err != nil {
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

// numbersRE is a row's count, share and bar.
var numbersRE = regexp.MustCompile(`(?m) +\d+ +(\d+%|<1%)? +[█▏▎▍▌▋▊▉]+$`)

// TestStatsFitEveryWidth: every printed line fits, every value is there
// whole, and the bars keep their order.
func TestStatsFitEveryWidth(t *testing.T) {
	s := pathfinderStats(t, "", "staff")
	for w := 20; w <= 200; w++ {
		var buf bytes.Buffer
		if err := NewOutput(&buf, false, w, Text).PrintStats(s); err != nil {
			t.Fatal(err)
		}
		text := buf.String()
		for _, l := range strings.Split(text, "\n") {
			if render.Width(l) > w {
				t.Fatalf("width %d: line of %d cells: %q", w, render.Width(l), l)
			}
		}
		// words too long for the column are broken, so compare without spaces
		flat := strings.Join(strings.Fields(numbersRE.ReplaceAllString(text, "")), "")
		for _, c := range s.Counts {
			if v := render.FacetValue("staff_groups", c); !strings.Contains(flat, strings.ReplaceAll(v, " ", "")) {
				t.Fatalf("width %d: %q was lost", w, v)
			}
		}
	}
}
