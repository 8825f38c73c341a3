package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
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
		if got := bar(tc.n, tc.largest, tc.w); got != tc.want {
			t.Errorf("bar(%d, %d, %d) = %q, want %q", tc.n, tc.largest, tc.w, got, tc.want)
		}
	}
}

func TestShare(t *testing.T) {
	cases := map[[2]int]string{{1, 12}: "8%", {2, 12}: "17%", {12, 12}: "100%", {1, 1000}: "<1%", {0, 5}: "0%", {1, 0}: "—"}
	for in, want := range cases {
		if got := Percent(in[0], in[1]); got != want {
			t.Errorf("share(%d, %d) = %q, want %q", in[0], in[1], got, want)
		}
	}
}

// TestStatsBarsScale: the largest count fills the bar; the others are in
// proportion, to an eighth of a cell.
func TestStatsBarsScale(t *testing.T) {
	counts := []model.Count{{Value: "a", Mutuals: 16}, {Value: "b", Mutuals: 8}, {Value: "c", Mutuals: 1}}
	cols := NewFacetColumns("region", counts, 16, 80)
	if cols.BarW != MaxBar {
		t.Fatalf("bar column of %d cells at 80 columns, want %d", cols.BarW, MaxBar)
	}
	for i, want := range []int{50 * 8, 25 * 8, 25} { // 1/16 of 400 eighths
		line := ansi.Strip(cols.Numbers(counts[i], NewStyles(true)))
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
		for i, e := range barEighths {
			if e == string(r) {
				n += i
			}
		}
	}
	return n
}
