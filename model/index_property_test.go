package model_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// propertyMutuals is enough mutuals for several segments of the word
// index and a tail after them that is not indexed yet.
const propertyMutuals = 5000

var (
	propertyOnce  sync.Once
	propertyIndex *model.Index
)

// propertyData is a synthetic dataset with the hard-to-fold mutuals of the
// fuzz dataset among it, indexed as a load builds it: a batch at a time.
func propertyData(t testing.TB) *model.Index {
	propertyOnce.Do(func() {
		ds, err := loadtest.Load(t, "p.toml", datatest.Synthetic(propertyMutuals, 7))
		if err != nil {
			panic(err)
		}
		hard := fuzzDataset()
		ms := slices.Clone(ds.Mutuals)
		for k, m := range hard.Mutuals {
			ms[k*1111+3] = m // some in each segment
		}
		all := model.NewDataset("p", nil, ms, append(ds.Sources, hard.Sources...))
		ix := &model.Index{}
		for n := 0; n < len(ms); n += 1000 {
			ix = ix.With(model.NewDataset("p", nil, ms[:min(n+1000, len(ms))], all.Sources))
		}
		propertyIndex = ix.With(all)
	})
	return propertyIndex
}

// scan is the answer without the word index: every mutual checked.
func scan(ix *model.Index, q model.Query) []int {
	out := []int{}
	for i := range ix.Len() {
		if ix.Matches(i, q) {
			out = append(out, i)
		}
	}
	return out
}

// checkSearch fails unless every way of searching ix for s gives what the
// scan gives.
func checkSearch(t *testing.T, ix *model.Index, s string) {
	t.Helper()
	q := model.ParseQuery(s)
	want := scan(ix, q)
	if got := ix.Search(q); !slices.Equal(got, want) {
		t.Fatalf("Search(%q): %d results, the scan %d; first difference at %d", s, len(got), len(want), firstDifference(got, want))
	}
	for _, from := range []int{1, 2047, 2048, 4500, ix.Len()} {
		if got, want := ix.SearchFrom(q, from), after(want, from); !slices.Equal(got, want) {
			t.Fatalf("SearchFrom(%q, %d): %d results, the scan %d", s, from, len(got), len(want))
		}
	}
	every := make([]int, ix.Len())
	for i := range every {
		every[i] = i
	}
	for _, within := range [][]int{{0, 2, 4, 3000, 4999}, every[100:], everyThird(every), want} {
		if got, want := ix.SearchWithin(q, within), intersect(want, within); !slices.Equal(got, want) {
			t.Fatalf("SearchWithin(%q, %d positions): %d results, the scan %d", s, len(within), len(got), len(want))
		}
	}
}

func everyThird(ps []int) []int {
	var out []int
	for k := 0; k < len(ps); k += 3 {
		out = append(out, ps[k])
	}
	return out
}

func after(ps []int, from int) []int {
	out := []int{}
	for _, p := range ps {
		if p >= from {
			out = append(out, p)
		}
	}
	return out
}

func firstDifference(a, b []int) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return min(a[i], b[i])
		}
	}
	return -1
}

// TestIndexAgreesWithScan is the property: for random queries made of the
// data's own words, parts of words across word ends, phrases, fields and
// exclusions, the word index finds what the scan finds.
func TestIndexAgreesWithScan(t *testing.T) {
	ix := propertyData(t)
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields(strings.ToLower(string(datatest.Synthetic(50, 3))))
	words = append(words, "zürich", "東京", "協同", "é", "e\u0301", "🏥", "kpmg", "m-4999", "src-1", "src-39", "zzqx", "a b", `"`)
	fields := append([]string{""}, model.FieldNames()...)
	piece := func() string {
		w := words[r.IntN(len(words))]
		switch r.IntN(4) {
		case 0: // a part of the word
			i := r.IntN(len(w))
			return w[i:min(len(w), i+1+r.IntN(4))]
		case 1: // a phrase
			return `"` + w + " " + words[r.IntN(len(words))] + `"`
		}
		return w
	}
	queries := 12 // the quick suite's sample; .ci/run's heavy run asks 400
	if datatest.Heavy() {
		queries = 400
	}
	for range queries {
		var terms []string
		for range 1 + r.IntN(3) {
			term := piece()
			if f := fields[r.IntN(len(fields))]; f != "" && r.IntN(2) == 0 {
				term = f + ":" + term
			}
			if r.IntN(5) == 0 {
				term = "-" + term
			}
			if len(terms) > 0 && r.IntN(4) == 0 {
				terms = append(terms, "|") // OR: the union of each side's candidates
			}
			terms = append(terms, term)
		}
		checkSearch(t, ix, strings.Join(terms, " "))
	}
	for _, s := range []string{"", "health", "health trust", "service:housing", "zzqx", "c", "co", "-c", "m-", "-health -care", `"care workers"`, "\x00", "e", "src-3",
		"health | housing", "-health | -care", "c | zzqx", "zzqx | m-4999 | src-1 -c"} {
		checkSearch(t, ix, s)
	}
}

// TestIndexGrowsAsLoaded: an index built a batch at a time is the one
// built at once.
func TestIndexGrowsAsLoaded(t *testing.T) {
	grown := propertyData(t)
	whole := model.NewIndex(grown.Dataset)
	for _, s := range []string{"health", "c", "service:housing -trust", `"social care"`} {
		q := model.ParseQuery(s)
		if a, b := grown.Search(q), whole.Search(q); !slices.Equal(a, b) {
			t.Errorf("%q: grown %d results, whole %d", s, len(a), len(b))
		}
	}
}

// TestCompleteIndexesTheTail: a load's last index covers every mutual,
// the ones after the last whole segment too, and finds what the scan does.
func TestCompleteIndexesTheTail(t *testing.T) {
	grown := propertyData(t)
	if grown.Indexed() == grown.Len() {
		t.Fatalf("the grown index covers all %d mutuals: no tail to complete", grown.Len())
	}
	whole := grown.Complete(grown.Dataset)
	if whole.Indexed() != whole.Len() {
		t.Fatalf("complete index covers %d of %d mutuals", whole.Indexed(), whole.Len())
	}
	if again := whole.Complete(whole.Dataset); again.Indexed() != again.Len() {
		t.Fatalf("completed twice, it covers %d of %d", again.Indexed(), again.Len())
	}
	for _, s := range []string{"health", "c", "service:housing -trust", `"social care"`, "m-4999", "zzqx | m-49"} {
		checkSearch(t, whole, s)
	}
}

// FuzzIndex searches for any text and checks the word index against the
// scan.
func FuzzIndex(f *testing.F) {
	for _, s := range []string{"health", "c", "-health", "service:housing", `"adult social" -m-1`, "health | -c", "a|b", "\x00", "a\x00b", "m-49", "zürich", "東", "\xff", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSearch(t, propertyData(t), s)
	})
}

func ExampleIndex_Search() {
	ds := model.NewDataset("example", nil, []model.Mutual{
		{ID: "a", Name: "Swindon health"}, {ID: "b", Name: "Hull libraries"},
	}, nil)
	fmt.Println(model.NewIndex(ds).Search(model.ParseQuery("health")))
	// Output: [0]
}
