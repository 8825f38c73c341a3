package model

import (
	"slices"
	"testing"
)

// TestWithLeavesTheOldIndex: an index extended with more mutuals (as a
// load streams them) leaves the one it was built from as it was: the
// browser still searches the old one while the next is built. Rebuilding
// the last, partial segment wrote over the old index's own.
func TestWithLeavesTheOldIndex(t *testing.T) {
	var ms []Mutual
	for range 2*segmentSize + 5 {
		ms = append(ms, Mutual{ID: "m", Name: "n"})
	}
	for _, sizes := range [][3]int{{16, 17, 18}, {segmentSize - 1, segmentSize + 1, segmentSize + 2}, {segmentSize + 3, segmentSize + 4, 2*segmentSize + 5}} {
		old := NewIndex(NewDataset("x", nil, ms[:sizes[0]], nil)).With(NewDataset("x", nil, ms[:sizes[1]], nil))
		before := old.SearchFrom(ParseQuery(""), sizes[0])
		newer := old.With(NewDataset("x", nil, ms[:sizes[2]], nil))
		if after := old.SearchFrom(ParseQuery(""), sizes[0]); !slices.Equal(before, after) {
			t.Errorf("%v: building the next index changed what the old one finds: %d then %d", sizes, len(before), len(after))
		}
		if n := len(newer.Search(ParseQuery(""))); n != sizes[2] {
			t.Errorf("%v: the next index finds %d", sizes, n)
		}
	}
}
