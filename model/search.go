package model

import "math/bits"

// Search returns the positions of the mutuals matching q, in dataset order.
func (ix *Index) Search(q Query) []int {
	return ix.SearchFrom(q, 0)
}

// SearchFrom is Search over the mutuals from position from on: the ones a
// loading dataset has just added.
func (ix *Index) SearchFrom(q Query, from int) []int {
	m := compile(q)
	from = max(from, 0)
	if ix.Len()-from <= 0 {
		return []int{}
	}
	segs := ix.segs[min(from/segmentSize, len(ix.segs)):] // every segment but the last is full
	tail := ix.Len() - max(from, ix.indexed())            // mutuals not in the index yet
	if ix.Len()-from < parallelFrom {
		c := ix.narrowSegments(m, from, segs)
		return ix.searchTail(m, from, c.collect(ix, m, make([]int, 0, c.total+tail)))
	}
	// Big datasets are split between two goroutines, one a core here,
	// which find their candidates, then check them into one slice made
	// to hold them all: the results are the one allocation that grows
	// with the dataset, made once.
	mid := len(segs) / 2
	var first, second narrowed
	parallel(func() { first = ix.narrowSegments(m, from, segs[:mid]) }, func() { second = ix.narrowSegments(m, from, segs[mid:]) })
	out := make([]int, 0, first.total+second.total+tail)
	rest := out[first.total:first.total]
	parallel(func() { out = first.collect(ix, m, out) }, func() { rest = ix.searchTail(m, from, second.collect(ix, m, rest)) })
	return append(out, rest...)
}

// parallel runs a and b at once, and returns when both have.
func parallel(a, b func()) {
	done := make(chan struct{})
	go func() {
		b()
		close(done)
	}()
	a()
	<-done
}

// searchTail appends the matches among the mutuals after the word index.
func (ix *Index) searchTail(m matcher, from int, out []int) []int {
	f := getFolded()
	defer putFolded(f)
	for i := max(from, ix.indexed()); i < ix.Len(); i++ {
		if ix.matches(f, i, m) {
			out = append(out, i)
		}
	}
	return out
}

// parallelFrom is the number of mutuals from which a search is split.
const parallelFrom = 20000

// SearchWithin is Search limited to the positions in within, in their
// order: when a query only narrows the one before (see Query.Narrows), its
// results are among the previous results. A segment holding many of them
// is met in the word index; the few of another are checked one by one.
func (ix *Index) SearchWithin(q Query, within []int) []int {
	m := compile(q)
	indexed := ix.indexed()
	many, narrowed := ix.segmentsFor(within)
	found := make([]set, len(ix.segs))
	sure := make([]set, len(ix.segs))
	check := make([]bool, len(ix.segs))
	narrow := func(ks []int) {
		for _, k := range ks {
			check[k] = ix.narrow(ix.segs[k], m, &found[k], &sure[k])
		}
	}
	done := make(chan struct{})
	go func() {
		narrow(narrowed[len(narrowed)/2:])
		close(done)
	}()
	narrow(narrowed[:len(narrowed)/2])
	<-done
	out := make([]int, 0, len(within))
	loose := m.loose()
	f := getFolded()
	defer putFolded(f)
	n := ix.Len()
	for _, i := range within {
		if i < 0 || i >= n {
			continue
		}
		k, j := i/segmentSize, i%segmentSize
		var match bool
		if i >= indexed || !many[k] {
			match = ix.matches(f, i, m)
		} else {
			match = found[k].has(j) && (!check[k] || sure[k].has(j) || ix.matches(f, i, loose))
		}
		if match {
			out = append(out, i)
		}
	}
	return out
}

// segmentsFor says which segments to meet positions within in the word
// index (many), and lists them: all, for many positions, else those
// holding narrowFrom or more of them.
func (ix *Index) segmentsFor(within []int) (many []bool, list []int) {
	many = make([]bool, len(ix.segs))
	if len(within) >= ix.Len()/withinFraction {
		for k := range many {
			many[k], list = true, append(list, k)
		}
		return many, list
	}
	count := make([]int, len(ix.segs))
	indexed := ix.indexed()
	for _, i := range within {
		if i >= 0 && i < indexed {
			count[i/segmentSize]++
		}
	}
	for k, n := range count {
		if n >= narrowFrom {
			many[k], list = true, append(list, k)
		}
	}
	return many, list
}

// withinFraction: positions as many as the mutuals over this are met in
// every segment's word index, without counting them.
const withinFraction = 16

// narrowFrom is how many positions of a segment make meeting them in its
// word index cheaper than checking each: a check folds the mutual's text.
const narrowFrom = 8

// narrowed are the mutuals of some segments that the word index could not
// rule out for a query: found, and of them those sure to match, a segment
// at a time; the others are checked (check) by reading them.
type narrowed struct {
	segs        []*segment
	found, sure []set
	check       []bool
	total       int // how many were found
}

// narrowSegments narrows segs, from mutual from on, for m.
func (ix *Index) narrowSegments(m matcher, from int, segs []*segment) narrowed {
	c := narrowed{segs: segs, found: make([]set, len(segs)), sure: make([]set, len(segs)), check: make([]bool, len(segs))}
	for k, s := range segs {
		c.check[k] = ix.narrow(s, m, &c.found[k], &c.sure[k])
		for i := s.from; i < from && i < s.from+s.n; i++ {
			c.found[k].remove(i - s.from)
		}
		c.total += c.found[k].len()
	}
	return c
}

// collect appends the candidates that match m, in order: those the index
// is sure of, and those a reading of the mutual confirms.
func (c narrowed) collect(ix *Index, m matcher, out []int) []int {
	loose := m.loose()
	f := getFolded()
	defer putFolded(f)
	for k, s := range c.segs {
		for w, word := range c.found[k] {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &= word - 1
				i := s.from + w*64 + b
				if !c.check[k] || c.sure[k][w]&(1<<b) != 0 || ix.matches(f, i, loose) {
					out = append(out, i)
				}
			}
		}
	}
	return out
}
