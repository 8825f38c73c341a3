package model_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// million is ten files of 100,000 mutuals loaded together, the largest
// dataset the targets name.
func million(b *testing.B) *model.Index {
	indexMu.Lock()
	defer indexMu.Unlock()
	if ix, ok := indexes[1000000]; ok {
		return ix
	}
	var ms []model.Mutual
	var ss []model.Source
	for f := range 10 {
		ds, err := loadtest.Load(b, "bench.toml", datatest.SyntheticPart(100000, uint64(f+1), fmt.Sprintf("f%d-", f)))
		if err != nil {
			b.Fatal(err)
		}
		ms, ss = append(ms, ds.Mutuals...), append(ss, ds.Sources...)
	}
	indexes[1000000] = model.NewIndex(model.NewDataset("bench", nil, ms, ss))
	return indexes[1000000]
}

// typedWords are typed a key at a time in BenchmarkQueryMix.
var typedWords = []string{"community", "healthcare", "kendal", "partnership", "trust"}

// BenchmarkQueryMix times each search on its own, whole (the query parsed
// and every mutual matched), at 100,000 and 1,000,000 mutuals, beside the
// scan without the word index (…/baseline-scan/…), and reports the median,
// the 95th percentile and the slowest, the figures the targets name.
// …/typing is each key after the first of typedWords, searched within the
// results of the key before, as the browser does.
func BenchmarkQueryMix(b *testing.B) {
	for _, n := range []int{100000, 1000000} {
		get := func(b *testing.B) *model.Index {
			if n == 1000000 {
				return million(b)
			}
			return index(b, n)
		}
		for _, q := range benchQueries {
			b.Run(fmt.Sprintf("n=%d/%s", n, q.name), func(b *testing.B) {
				ix := get(b)
				timed(b, func() { ix.Search(model.ParseQuery(q.query)) })
			})
			b.Run(fmt.Sprintf("n=%d/baseline-scan/%s", n, q.name), func(b *testing.B) {
				ix := get(b)
				timed(b, func() { ix.Scan(model.ParseQuery(q.query)) })
			})
		}
		b.Run(fmt.Sprintf("n=%d/typing", n), func(b *testing.B) {
			typing(b, get(b), (*model.Index).SearchWithin)
		})
		b.Run(fmt.Sprintf("n=%d/baseline-scan/typing", n), func(b *testing.B) {
			typing(b, get(b), (*model.Index).ScanWithin)
		})
	}
}

// typing times each key after the first of each typed word.
func typing(b *testing.B, ix *model.Index, search func(*model.Index, model.Query, []int) []int) {
	var keys []time.Duration
	k := 0
	for b.Loop() {
		word := typedWords[k%len(typedWords)]
		k++
		within := ix.Search(model.ParseQuery(word[:1]))
		for end := 2; end <= len(word); end++ {
			start := time.Now()
			within = search(ix, model.ParseQuery(word[:end]), within)
			keys = append(keys, time.Since(start))
		}
	}
	report(b, keys)
}

// timed runs f once an iteration and reports the spread of its times.
func timed(b *testing.B, f func()) {
	var times []time.Duration
	for b.Loop() {
		start := time.Now()
		f()
		times = append(times, time.Since(start))
	}
	report(b, times)
}

func report(b *testing.B, times []time.Duration) {
	slices.Sort(times)
	at := func(p float64) float64 {
		return float64(times[min(len(times)-1, int(p*float64(len(times))))].Nanoseconds()) / 1e6
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(at(1), "max-ms")
}
