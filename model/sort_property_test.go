package model

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortOrderProperties sorts many small random lists of mutuals whose
// values tie, fold alike, are missing or "unknown", by every sort in both
// directions. Order must give a permutation of the positions it was given;
// recorded values come first, in order (ties in load order), then the
// unrecorded in load order (file order reversed is load order backwards);
// and Sorted, given the order of the whole list,
// must give the same order for any subset, as the browser relies on.
func TestSortOrderProperties(t *testing.T) {
	texts := []string{"", "unknown", "Unknown", "b", "B", "a", "Café", "cafe", "CAFÉ", "Ä", "z", "東京", " b"}
	dates := []string{"", "2010", "2010-08", "2010-08-12", "2011", "2009-12-31"}
	r := rand.New(rand.NewPCG(5, 785))
	sorts := []Sort{{}, {Descending: true}}
	for _, k := range SortKeys {
		sorts = append(sorts, Sort{Key: k}, Sort{Key: k, Descending: true})
	}
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	for trial := range 500 {
		ms := make([]Mutual, r.IntN(12))
		for i := range ms {
			ms[i] = Mutual{ID: string(rune('a' + i)), Name: pick(texts), Location: pick(texts), Region: pick(texts), LegalForm: pick(texts)}
			for range r.IntN(3) {
				ms[i].Events = append(ms[i].Events, Event{Date: pick(dates)})
			}
		}
		all := make([]int, len(ms))
		for i := range all {
			all[i] = i
		}
		var subset []int
		for _, p := range r.Perm(len(ms)) {
			if r.IntN(2) == 0 {
				subset = append(subset, p)
			}
		}
		for _, s := range sorts {
			order := slices.Clone(all)
			s.Order(ms, order)
			checkSorted(t, trial, s, ms, all, order)
			got := slices.Clone(subset)
			s.Order(ms, got)
			checkSorted(t, trial, s, ms, subset, got)
			matches := slices.Sorted(slices.Values(subset))
			if via := Sorted(matches, order); !slices.Equal(via, got) {
				t.Errorf("trial %d, %+v: Sorted(%v, %v) = %v, but Order gives %v", trial, s, matches, order, via, got)
			}
		}
	}
}

// checkSorted checks that got is in positions' permutation in the order s
// promises.
func checkSorted(t *testing.T, trial int, s Sort, ms []Mutual, positions, got []int) {
	t.Helper()
	if !slices.Equal(slices.Sorted(slices.Values(positions)), slices.Sorted(slices.Values(got))) {
		t.Fatalf("trial %d, %+v: Order(%v) = %v, not a permutation", trial, s, positions, got)
	}
	if s == (Sort{Descending: true}) { // file order reversed (S in the browser)
		want := slices.Sorted(slices.Values(positions))
		slices.Reverse(want)
		if !slices.Equal(got, want) {
			t.Errorf("trial %d, file order reversed: %v, want %v", trial, got, want)
		}
		return
	}
	for i := 1; i < len(got); i++ {
		a, b := SortKey(&ms[got[i-1]], s.Key), SortKey(&ms[got[i]], s.Key)
		if s.Key == "" {
			a, b = "", ""
		}
		c := cmp.Compare(a, b)
		if s.Descending {
			c = -c
		}
		switch {
		case a == "" && b != "":
			t.Errorf("trial %d, %+v: unrecorded %d before recorded %d (%q) in %v", trial, s, got[i-1], got[i], b, got)
		case a != "" && b != "" && c > 0:
			t.Errorf("trial %d, %+v: %q before %q in %v", trial, s, a, b, got)
		case a == b && got[i-1] > got[i]:
			t.Errorf("trial %d, %+v: tie %q not in load order: %d before %d in %v", trial, s, a, got[i-1], got[i], got)
		}
	}
}
