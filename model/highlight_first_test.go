package model

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestHighlightFirstFindsWhatHighlightFinds: over values long enough to be
// searched a stretch at a time, HighlightFirst finds a match exactly when
// Highlight does, and its ranges are Highlight's first ones, wherever the
// match falls, across the seams between stretches too.
func TestHighlightFirstFindsWhatHighlightFinds(t *testing.T) {
	filler := strings.Repeat("care and staff ", 2000) // 30 KB
	// the quick suite moves it every 331 bytes; the heavy tests every 97
	step := 331
	if datatest.Heavy() {
		step = 97
	}
	for _, tc := range []struct{ name, s, q string }{
		{"at the start", "Needle " + filler, "needle"},
		{"at the end", filler + "needle", "needle"},
		{"nowhere", filler, "needle"},
		{"phrase over spaces", filler + "adult      \n   social" + filler, `"adult social"`},
		{"non-ASCII", strings.Repeat("日本語の文章", 3000) + "Ärzte", "ärzte"},
	} {
		for at := 0; at < 5000; at += step { // move the match across the seams
			s := strings.Repeat("x", at) + " " + tc.s
			q := ParseQuery(tc.q)
			all, first := q.Highlight("summary", s), q.HighlightFirst("summary", s, 4<<10)
			if (len(all) == 0) != (len(first) == 0) {
				t.Fatalf("%s (+%d): Highlight found %d, HighlightFirst %d", tc.name, at, len(all), len(first))
			}
			for i, r := range first {
				if all[i] != r {
					t.Fatalf("%s (+%d): range %d is %v, Highlight's is %v", tc.name, at, i, r, all[i])
				}
			}
		}
	}
}
