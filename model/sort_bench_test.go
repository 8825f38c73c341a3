package model_test

import (
	"fmt"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// BenchmarkSortOrder is the browser's first press of s on a dataset:
// every position sorted by one field.
func BenchmarkSortOrder(b *testing.B) {
	for _, n := range []int{12, 100000} {
		ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		for _, key := range []string{"name", "date"} {
			b.Run(fmt.Sprintf("%s/%d", key, n), func(b *testing.B) {
				for b.Loop() {
					pos := make([]int, len(ds.Mutuals))
					for i := range pos {
						pos[i] = i
					}
					model.Sort{Key: key}.Order(ds.Mutuals, pos)
				}
			})
		}
	}
}

// BenchmarkSorted is every search result put in the chosen order: a half
// of 100,000 records matching.
func BenchmarkSorted(b *testing.B) {
	const n = 100000
	order := make([]int, n)
	var matches []int
	for i := range order {
		order[i] = n - 1 - i
		if i%2 == 0 {
			matches = append(matches, i)
		}
	}
	for b.Loop() {
		model.Sorted(matches, order)
	}
}
