package model_test

import (
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// TestSearchAllocatesItsResults: a search allocates its results once and
// little else, whatever it finds, so that typing does not make the
// garbage that stalls a keystroke for a collection. Big datasets are
// searched by two goroutines, whose results go into one slice (with the
// heavy tests, at 100,000 mutuals).
func TestSearchAllocatesItsResults(t *testing.T) {
	grown := propertyData(t)
	indexes := []*model.Index{grown.Complete(grown.Dataset)}
	if datatest.Heavy() {
		ds, err := loadtest.Load(t, "big.toml", datatest.Synthetic(100000, 1))
		if err != nil {
			t.Fatal(err)
		}
		indexes = append(indexes, model.NewIndex(ds))
	}
	for _, ix := range indexes {
		// words the index settles alone: a part of a word has the
		// candidates read, which costs what reading a record costs
		for _, s := range []string{"health", "health trust", "service:housing", "zzqx", "-health"} {
			q := model.ParseQuery(s)
			results := len(ix.Search(q))
			// the results, and a kilobyte for each segment's sets
			most := uint64(8*results) + uint64(ix.Len()/2) + 16<<10
			if got := datatest.Allocated(func() { ix.Search(q) }); got > most {
				t.Errorf("%d mutuals, %q (%d results): %d bytes a search, want at most %d", ix.Len(), s, results, got, most)
			}
		}
	}
}
