package render

import (
	"math/rand/v2"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
)

// TestWidthAgrees: the fast count of cells agrees with ansi.StringWidth on
// every rune of the ranges it counts itself, on random mixes of them with
// the characters it hands on (marks, emoji, ZWJ, escapes), and on every
// field of the synthetic dataset.
func TestWidthAgrees(t *testing.T) {
	for r := rune(0x20); r < 0x10000; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		if s := string(r); Width(s) != ansi.StringWidth(s) {
			t.Fatalf("width(%U) = %d, ansi.StringWidth = %d", r, Width(s), ansi.StringWidth(s))
		}
	}
	pieces := []string{"a", " ", "é", "ß", "ǅ", "東", "京", "한", "カ", "ｶ", "Ａ", "\u0301", "\u00ad", "👩", "\u200d", "💻", "\ufe0f", "☕", "\x1b[1m", "\x1b[m", "🇬🇧", "ᄀ", "\u1161"}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := ""
		for range rnd.IntN(8) {
			s += pieces[rnd.IntN(len(pieces))]
		}
		if Width(s) != ansi.StringWidth(s) {
			t.Fatalf("width(%q) = %d, ansi.StringWidth = %d", s, Width(s), ansi.StringWidth(s))
		}
	}
	ds, err := loadtest.Load(t, "synthetic.toml", datatest.Synthetic(2000, 3))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ds.Mutuals {
		for _, s := range []string{m.Name, m.Location, m.Summary, Commas(m.ServiceArea)} {
			if Width(s) != ansi.StringWidth(s) {
				t.Fatalf("width(%q) = %d, ansi.StringWidth = %d", s, Width(s), ansi.StringWidth(s))
			}
		}
	}
}
