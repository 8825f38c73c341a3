package model

import (
	"runtime"
	"sync"
)

// Index is a word index over a dataset's mutuals (see segment.go), so a
// search reads only the mutuals that can match; what the words cannot
// settle is checked against the mutual's text, folded then (text.go).
type Index struct {
	Dataset *Dataset
	n       int        // mutuals indexed: the dataset's, when the index was made
	segs    []*segment // the word index: every mutual, segmentSize at a time
	// sources holds each source's title and publisher, folded and joined
	// by sep, by id: what source: (or any field) finds a mutual citing it
	// by, kept once rather than in the text of every mutual citing it.
	sources map[string]string
	// unsourced: a segment was indexed citing a source the dataset did
	// not have (yet): the word index lacks its title's words.
	unsourced bool
}

// NewIndex indexes the words of every mutual in ds.
func NewIndex(ds *Dataset) *Index {
	return (&Index{}).with(ds, true)
}

// With returns the index of ds, a dataset that begins with the mutuals ix
// holds (as one that is still loading does): only the new ones are read.
// ix itself is left as it was, so a search still running on it is safe.
//
// The word index covers whole segments; the few mutuals after the last
// (fewer than segmentSize) are checked one by one until more come, so
// that a load adding a thousand at a time does not index them twice.
//
// A dataset with fewer mutuals than ix holds (a load that found a copy
// of a record to be one with its original) is indexed afresh.
func (ix *Index) With(ds *Dataset) *Index {
	if len(ds.Mutuals) < ix.n {
		return NewIndex(ds)
	}
	return ix.with(ds, false)
}

// Complete is With for a dataset that has finished loading: the mutuals
// after the last whole segment are indexed too, so that no search checks
// them one by one.
func (ix *Index) Complete(ds *Dataset) *Index {
	if len(ds.Mutuals) < ix.n {
		return NewIndex(ds)
	}
	return ix.with(ds, true)
}

func (ix *Index) with(ds *Dataset, whole bool) *Index {
	next := *ix
	next.Dataset, next.n = ds, len(ds.Mutuals)
	if len(ix.sources) != len(ds.Sources) || ix.sources == nil {
		next.sources = foldSources(ds.Sources)
	}
	if next.n > ix.n || whole && ix.indexed() < next.n {
		next.segs = next.indexWords(ix.segs, whole)
	}
	return &next
}

// Unsourced reports whether a mutual was indexed citing a source its
// dataset did not have then, as when a load reads a file's mutuals before
// another file's sources: if the dataset has it now, NewIndex makes the
// index a fresh load would.
func (ix *Index) Unsourced() bool { return ix.unsourced }

// Len is the number of mutuals indexed.
func (ix *Index) Len() int { return ix.n }

// indexed is how many mutuals the word index covers.
func (ix *Index) indexed() int {
	if len(ix.segs) == 0 {
		return 0
	}
	last := ix.segs[len(ix.segs)-1]
	return last.from + last.n
}

// indexWords returns segs and the word index of the mutuals after them,
// built on as many cores as there are: whole segments, and with whole the
// rest too. A last segment that is not full is built again with the new
// mutuals.
func (ix *Index) indexWords(segs []*segment, whole bool) []*segment {
	segs = segs[:len(segs):len(segs)]
	from := 0
	if len(segs) > 0 {
		last := segs[len(segs)-1]
		from = last.from + last.n
		if last.n < segmentSize {
			// capped, so that the rebuilt segment is appended to a new
			// array: writing it over the old index's last segment changed
			// what a search of the old index, still in use, finds
			segs, from = segs[:len(segs)-1:len(segs)-1], last.from
		}
	}
	count := (ix.Len() - from) / segmentSize
	if whole && (ix.Len()-from)%segmentSize != 0 {
		count++
	}
	if count == 0 {
		return segs
	}
	built := make([]*segment, count)
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), count)
	for w := range workers {
		wg.Go(func() {
			for k := w; k < count; k += workers {
				start := from + k*segmentSize
				built[k] = buildSegment(ix, start, min(start+segmentSize, ix.Len()))
			}
		})
	}
	wg.Wait()
	for _, s := range built {
		ix.unsourced = ix.unsourced || s.unsourced
	}
	return append(segs, built...)
}
