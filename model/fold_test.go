package model

import (
	"fmt"
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Café":                   "cafe",
		"adult  social\tcare":    "adult social care",
		" a \u00a0\u3000b\n":     " a b ",
		"a \u0301 b":             "a b", // a mark that folds to nothing leaves one space
		"ÉCOLE\r\n\r\nprimaire ": "ecole primaire ",
		"plain ascii":            "plain ascii",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
		if got, _ := foldOffsets(in); got != want {
			t.Errorf("foldOffsets(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSearchSpacing: a query reads any run of spaces as one, so a value
// with a run of spaces or a tab is found by its words and highlighted.
func TestSearchSpacing(t *testing.T) {
	ms := []Mutual{
		{ID: "a", Name: "a", ServiceArea: []string{"adult  social care"}},
		{ID: "b", Name: "b", ServiceArea: []string{"adult\tsocial care"}},
		{ID: "c", Name: "c", ServiceArea: []string{"adult care"}},
	}
	ix := NewIndex(NewDataset("t", nil, ms, nil))
	q := ParseQuery(`service:"adult social"`)
	if got := ix.Search(q); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("Search(%q) = %v, want [0 1]", q.Raw, got)
	}
	if got := q.Highlight("service_area", "adult  social care"); !reflect.DeepEqual(got, []Range{{0, 13}}) {
		t.Errorf("Highlight = %v, want [{0 13}]", got)
	}
}

// TestCitedOnceEach: Cited gives each id once, in the order first cited,
// however many there are (past a few it switches to a map).
func TestCitedOnceEach(t *testing.T) {
	for _, n := range []int{0, 3, 16, 17, 100} {
		m := Mutual{}
		var want []string
		for i := range n {
			id := fmt.Sprint("s", i)
			want = append(want, id)
			m.Sources = append(m.Sources, id, id)
			m.Events = append(m.Events, Event{Sources: []string{id, fmt.Sprint("s", i/2)}})
		}
		m.Readings = []Reading{{Sources: append([]string{"late"}, want...)}}
		want = append(want, "late")
		if got := m.Cited(); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("n=%d: Cited() = %v, want %v", n, got, want)
		}
	}
}

// FuzzFold holds the folding a search does on the fly (foldOn, a run of
// bytes at a time, and in parts for an event's line) to foldOffsets, the
// rune-at-a-time folding a highlight maps back by.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Café  Crème", "a \u0301 b", " A\t\tB ", "ÉCOLE\r\n\r\nprimaire ", "İstanbul Straße ﬁ", "서울 東京 🏥", "\xff\xc3 x", "a\u00a0 b", "x\u0085y"} {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		want, _ := foldOffsets(s)
		if got := Fold(s); got != want {
			t.Fatalf("Fold(%q) = %q, foldOffsets %q", s, got, want)
		}
		if cut < 0 || cut > len(s) || !utf8.ValidString(s[:cut]) || !utf8.ValidString(s[cut:]) {
			return
		}
		b, space := foldOn(nil, s[:cut], false)
		b, _ = foldOn(b, s[cut:], space)
		if string(b) != want {
			t.Fatalf("folded in two at %d, %q = %q, whole %q", cut, s, b, want)
		}
	})
}

// TestFoldCaseVariants: every form of a letter that Unicode counts as the
// same letter in another case folds the same, so a search ignores case for
// all of them: the Greek final sigma (ΟΔΟΣ found only ΟΔΟΣ, οδός only
// οδός), the long s, the Kelvin and Ångström signs.
func TestFoldCaseVariants(t *testing.T) {
	for _, group := range [][]string{
		{"ΟΔΟΣ", "οδος", "οδοσ", "οδός"},
		{"ſ", "s", "S"},
		{"\u212a", "k", "K"}, // the Kelvin sign
		{"\u212b", "å", "Å"}, // the Ångström sign
		{"ẞ", "ß"},
	} {
		want := Fold(group[0])
		for _, s := range group[1:] {
			if got := Fold(s); got != want {
				t.Errorf("Fold(%q) = %q, Fold(%q) = %q: want them the same", s, got, group[0], want)
			}
			if got, _ := foldOffsets(s); got != want {
				t.Errorf("foldOffsets(%q) = %q, want %q", s, got, want)
			}
		}
	}
	// Every letter folds as each other in its case orbit does (a combining
	// mark, such as the ypogegrammeni, is dropped as an accent).
	for r := rune(utf8.RuneSelf); r < 0x3000; r++ {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if unicode.Is(unicode.Mn, f) {
				continue
			}
			if Fold(string(f)) != Fold(string(r)) {
				t.Fatalf("%q (U+%04X) folds to %q, %q (U+%04X) to %q", r, r, Fold(string(r)), f, f, Fold(string(f)))
			}
		}
	}
}
