package format

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

func TestBar(t *testing.T) {
	cases := []struct {
		n, largest, w int
		want          string
	}{
		{10, 10, 4, "████"},
		{5, 10, 4, "██"},
		{1, 8, 1, "▏"},
		{3, 8, 1, "▍"},
		{7, 8, 1, "▉"},
		{1, 1000, 4, "▏"}, // any count shows
		{0, 10, 4, ""},
		{5, 10, 0, ""},
		{3, 4, 3, "██▎"}, // 18 eighths
	}
	for _, tc := range cases {
		if got := render.Bar(tc.n, tc.largest, tc.w); got != tc.want {
			t.Errorf("bar(%d, %d, %d) = %q, want %q", tc.n, tc.largest, tc.w, got, tc.want)
		}
	}
}

func TestShare(t *testing.T) {
	cases := map[[2]int]string{{1, 12}: "8%", {2, 12}: "17%", {12, 12}: "100%", {1, 1000}: "<1%", {0, 5}: "0%", {1, 0}: "—"}
	for in, want := range cases {
		if got := render.Percent(in[0], in[1]); got != want {
			t.Errorf("share(%d, %d) = %q, want %q", in[0], in[1], got, want)
		}
	}
}

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

// TestStatsBarsScale: the largest count fills the bar; the others are in
// proportion, to an eighth of a cell.
func TestStatsBarsScale(t *testing.T) {
	counts := []model.Count{{Value: "a", Mutuals: 16}, {Value: "b", Mutuals: 8}, {Value: "c", Mutuals: 1}}
	cols := render.NewFacetColumns("region", counts, 16, 80)
	if cols.BarW != render.MaxBar {
		t.Fatalf("bar column of %d cells at 80 columns, want %d", cols.BarW, render.MaxBar)
	}
	for i, want := range []int{50 * 8, 25 * 8, 25} { // 1/16 of 400 eighths
		line := ansi.Strip(cols.Numbers(counts[i], render.NewStyles(true)))
		if got := eighths(line[strings.LastIndex(line, "  ")+2:]); got != want {
			t.Errorf("%d of 16: a bar of %d eighths, want %d", counts[i].Mutuals, got, want)
		}
	}
}

// eighths measures a bar.
func eighths(bar string) int {
	n := 0
	for _, r := range bar {
		if r == '█' {
			n += 8
			continue
		}
		for i, e := range render.BarEighths {
			if e == string(r) {
				n += i
			}
		}
	}
	return n
}
