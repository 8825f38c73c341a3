package model_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/sahilm/fuzzy"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

var benchSizes = []int{12, 1000, 10000, 100000}

// benchQueries are the kinds of keystroke the targets name.
var benchQueries = []struct{ name, query, term string }{
	{"single", "health", "health"},
	{"two-terms", "health trust", "health"},
	{"field", "service:housing", "housing"},
	{"no-match", "zzqx", "zzqx"},
}

var (
	indexMu sync.Mutex
	indexes = map[int]*model.Index{}
)

func index(b *testing.B, n int) *model.Index {
	indexMu.Lock()
	defer indexMu.Unlock()
	if ix, ok := indexes[n]; ok {
		return ix
	}
	ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
	if err != nil {
		b.Fatal(err)
	}
	indexes[n] = model.NewIndex(ds)
	return indexes[n]
}

// lowered is what the baselines search: one lower-cased string a mutual,
// as the Bubbles list filters.
func lowered(ix *model.Index) []string {
	out := make([]string, len(ix.Dataset.Mutuals))
	for i, m := range ix.Dataset.Mutuals {
		out[i] = strings.ToLower(m.Name + " " + m.Location + " " + strings.Join(m.ServiceArea, " ") + " " + m.Summary)
	}
	return out
}

// BenchmarkSearch is one keystroke: parse the query and match every mutual.
func BenchmarkSearch(b *testing.B) {
	for _, q := range benchQueries {
		for _, n := range benchSizes {
			ix := index(b, n)
			b.Run(fmt.Sprintf("%s/n=%d", q.name, n), func(b *testing.B) {
				for b.Loop() {
					ix.Search(model.ParseQuery(q.query))
				}
			})
		}
	}
}

// BenchmarkBaselineFuzzy is what the Bubbles list does by default.
func BenchmarkBaselineFuzzy(b *testing.B) {
	for _, n := range benchSizes {
		words := lowered(index(b, n))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				fuzzy.Find("health", words)
			}
		})
	}
}

// BenchmarkBaselineContains is the naive scan: one goroutine, one string a
// mutual.
func BenchmarkBaselineContains(b *testing.B) {
	for _, n := range benchSizes {
		words := lowered(index(b, n))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				var out []int
				for i, w := range words {
					if strings.Contains(w, "health") {
						out = append(out, i)
					}
				}
				_ = out
			}
		})
	}
}

// BenchmarkTyping types "community" a key at a time at 100,000 mutuals:
// each keystroke after the first searches only the previous results, as
// the browser does. The metric is the time a keystroke.
func BenchmarkTyping(b *testing.B) {
	ix := index(b, 100000)
	word := "community"
	first := ix.Search(model.ParseQuery(word[:1]))
	for b.Loop() {
		prev, within := model.ParseQuery(word[:1]), first
		for k := 2; k <= len(word); k++ {
			q := model.ParseQuery(word[:k])
			if !q.Narrows(prev) {
				b.Fatal("a longer word should narrow")
			}
			within, prev = ix.SearchWithin(q, within), q
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*(len(word)-1))/1e6, "ms/keystroke")
}

func TestNarrowedSearchIsTheSame(t *testing.T) {
	ds, err := loadtest.Load(t, "t.toml", datatest.Synthetic(3000, 5))
	if err != nil {
		t.Fatal(err)
	}
	ix := model.NewIndex(ds)
	prev := model.ParseQuery("c")
	within := ix.Search(prev)
	for _, next := range []string{"co", "com", "comm", "comm sta", "comm sta -trust", `comm sta -trust service:"care"`} {
		q := model.ParseQuery(next)
		if !q.Narrows(prev) {
			t.Fatalf("%q should narrow %q", next, prev.Raw)
		}
		got, want := ix.SearchWithin(q, within), ix.Search(q)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: narrowed %d results, full %d", next, len(got), len(want))
		}
		prev, within = q, got
	}
	// changing an exclusion, or a different word, starts again
	for _, pair := range [][2]string{{"-ab", "-a"}, {"b", "a"}, {"a", "a b"}} {
		if model.ParseQuery(pair[0]).Narrows(model.ParseQuery(pair[1])) {
			t.Errorf("%q should not narrow %q", pair[0], pair[1])
		}
	}
}

// BenchmarkCompare builds a comparison of every field, item marks
// included, for as many marked mutuals as a person might compare, and for
// a whole synthetic dataset marked at once.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{2, 12, 1000} {
		ds := index(b, max(n, 12)).Dataset
		ms := make([]*model.Mutual, n)
		for i := range ms {
			ms[i] = &ds.Mutuals[i]
		}
		b.Run(fmt.Sprintf("mutuals=%d", n), func(b *testing.B) {
			for b.Loop() {
				model.Compare(ms, model.CompareFields(), ds)
			}
		})
	}
}

// BenchmarkFacet counts every mutual by one field, as `mutuals stats --by`
// and the browser's facet panel do over the whole dataset.
func BenchmarkFacet(b *testing.B) {
	for _, n := range []int{12, 100000} {
		ds := index(b, n).Dataset
		ms := make([]*model.Mutual, len(ds.Mutuals))
		for i := range ds.Mutuals {
			ms[i] = &ds.Mutuals[i]
		}
		for _, field := range []string{"service", "staff", "form", "location"} {
			b.Run(fmt.Sprintf("%s/n=%d", field, n), func(b *testing.B) {
				for b.Loop() {
					model.Facet(ms, field)
				}
			})
		}
	}
}

// BenchmarkIndex builds the index: every field of every mutual folded,
// as on loading and on each batch of records arriving, and the word index
// over it. It reports what the word index holds as a multiple of the file
// (the folded text is not kept).
func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		file := len(datatest.Synthetic(n, 1))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var ix *model.Index
			for b.Loop() {
				ix = model.NewIndex(ds)
			}
			b.ReportMetric(float64(ix.WordIndexBytes())/float64(file), "words/file")
		})
	}
}
