package model

import (
	"runtime"
	"slices"
	"strings"
	"sync"
)

// sep joins the values of one field in the index, so that a term cannot
// match across two values.
const sep = "\x00"

// Index holds every mutual's text folded once, field by field, and a word
// index over it (see segment.go), so a search reads only the mutuals that
// can match.
type Index struct {
	Dataset *Dataset
	all     []string   // [mutual] every field, folded and joined by sep
	ends    []int32    // [mutual*len(Fields)+field] where each field ends in all
	segs    []*segment // the word index: every mutual, segmentSize at a time
	// sources holds each source's title and publisher, folded and joined
	// by sep, by id: what source: (or any field) finds a mutual citing it
	// by, kept once rather than in the text of every mutual citing it.
	sources   map[string]string
	perMutual int // bytes of folded text a mutual took, to size the next chunk
	// unsourced: a mutual was indexed citing a source the dataset did not
	// have (yet): the word index lacks its title's words.
	unsourced bool
}

// NewIndex folds the text of every mutual in ds.
func NewIndex(ds *Dataset) *Index {
	return (&Index{}).with(ds, true)
}

// With returns the index of ds, a dataset that begins with the mutuals ix
// holds (as one that is still loading does): only the new ones are folded.
// ix itself is left as it was, so a search still running on it is safe.
//
// The word index covers whole segments; the few mutuals after the last
// (fewer than segmentSize) are checked one by one until more come, so
// that a load adding a thousand at a time does not index them twice.
//
// A dataset with fewer mutuals than ix holds (a load that found a copy
// of a record to be one with its original) is folded afresh.
func (ix *Index) With(ds *Dataset) *Index {
	if len(ds.Mutuals) < len(ix.all) {
		return NewIndex(ds)
	}
	return ix.with(ds, false)
}

func (ix *Index) with(ds *Dataset, whole bool) *Index {
	next := &Index{Dataset: ds, all: ix.all, ends: ix.ends, segs: ix.segs, sources: ix.sources, perMutual: ix.perMutual, unsourced: ix.unsourced}
	if len(ix.sources) != len(ds.Sources) {
		next.sources = foldSources(ds.Sources)
	}
	from := len(ix.all)
	if from >= len(ds.Mutuals) {
		return next
	}
	next.ends = slices.Grow(next.ends, (len(ds.Mutuals)-from)*len(Fields))
	next.all = slices.Grow(next.all, len(ds.Mutuals)-from)
	for lo := from; lo < len(ds.Mutuals); lo += segmentSize {
		next.foldChunk(ds.Mutuals[lo:hi(lo, len(ds.Mutuals))])
	}
	next.segs = next.indexWords(ix.segs, whole)
	return next
}

// foldChunk folds ms into one string, so that a search reads memory in
// order rather than hopping between small allocations, and one chunk at
// a time, each sized from the last, so that a big load does not grow one
// huge string by copying it again and again (four times its size, all
// garbage, at 100k).
func (ix *Index) foldChunk(ms []Mutual) {
	var b strings.Builder
	b.Grow(ix.perMutual * len(ms) * 9 / 8)
	starts := make([]int32, 0, len(ms))
	for i := range ms {
		starts = append(starts, int32(b.Len()))
		ix.ends = ix.fold(&b, &ms[i], ix.ends)
	}
	text := b.String()
	for k, start := range starts {
		end := len(text)
		if k+1 < len(starts) {
			end = int(starts[k+1])
		}
		ix.all = append(ix.all, text[start:end])
	}
	ix.perMutual = len(text) / len(ms)
}

func hi(lo, n int) int { return min(lo+segmentSize, n) }

// fold writes m's fields, folded, to b and appends where each ends,
// counted from the start of m's text.
func (ix *Index) fold(b *strings.Builder, m *Mutual, ends []int32) []int32 {
	start := b.Len()
	for j, f := range Fields {
		if j > 0 {
			b.WriteString(sep)
		}
		if f.Key == "sources" {
			ix.foldSources(b, m)
			ends = append(ends, int32(b.Len()-start))
			continue
		}
		for k, v := range f.Values(m) {
			if k > 0 {
				b.WriteString(sep)
			}
			foldInto(b, v)
		}
		ends = append(ends, int32(b.Len()-start))
	}
	return ends
}

// field is the folded text of one field of mutual i.
func (ix *Index) field(i, pos int) string {
	base := i * len(Fields)
	start := 0
	if pos > 0 {
		start = int(ix.ends[base+pos-1]) + len(sep)
	}
	return ix.all[i][start:ix.ends[base+pos]]
}

// foldSources writes the ids of the sources m cites, folded and joined by
// sep; their titles and publishers are in ix.sources.
func (ix *Index) foldSources(b *strings.Builder, m *Mutual) {
	k := 0
	m.eachCited(func(id string) {
		if k > 0 {
			b.WriteString(sep)
		}
		k++
		foldInto(b, id)
		if _, ok := ix.sources[id]; !ok {
			ix.unsourced = true
		}
	})
}

// foldSources folds each source's title and publisher.
func foldSources(ss []Source) map[string]string {
	out := make(map[string]string, len(ss))
	for _, s := range ss {
		if _, dup := out[s.ID]; !dup { // the first, as Dataset.Source gives
			out[s.ID] = Fold(s.Title) + sep + Fold(s.Publisher)
		}
	}
	return out
}

// holds reports whether the folded text of mutual i holds n, in field pos
// or in any (pos < 0); the cited sources' titles and publishers count as
// the sources field's.
func (ix *Index) holds(i, pos int, n needle) bool {
	text := ix.all[i]
	if pos >= 0 {
		text = ix.field(i, pos)
	}
	if n.in(text) {
		return true
	}
	if pos >= 0 && pos != sourcesPos {
		return false
	}
	found := false
	ix.Dataset.Mutuals[i].eachCited(func(id string) {
		if t, ok := ix.sources[id]; ok && !found && n.in(t) {
			found = true
		}
	})
	return found
}

// Unsourced reports whether a mutual was indexed citing a source its
// dataset did not have then, as when a load reads a file's mutuals before
// another file's sources: if the dataset has it now, NewIndex makes the
// index a fresh load would.
func (ix *Index) Unsourced() bool { return ix.unsourced }

var sourcesPos = fieldPos["sources"]

var fieldPos = func() map[string]int {
	m := make(map[string]int, len(Fields))
	for i, f := range Fields {
		m[f.Key] = i
	}
	return m
}()

// Len is the number of mutuals indexed.
func (ix *Index) Len() int { return len(ix.all) }

// Matches reports whether mutual i satisfies every term of one of q's
// clauses.
func (ix *Index) Matches(i int, q Query) bool {
	return ix.matches(i, compile(q))
}

// For is q with only the clauses mutual i matches: what to highlight in
// it and say it matched by, when one side of a | did not match.
func (ix *Index) For(i int, q Query) Query {
	if len(q.Clauses) < 2 {
		return q
	}
	out := q
	out.Clauses = nil
	for _, c := range q.Clauses {
		if ix.matchesClause(i, compileClause(c)) {
			out.Clauses = append(out.Clauses, c)
		}
	}
	return out
}

func (ix *Index) matches(i int, m matcher) bool {
	if len(m) == 0 {
		return true
	}
	for _, c := range m {
		if ix.matchesClause(i, c) {
			return true
		}
	}
	return false
}

func (ix *Index) matchesClause(i int, m clause) bool {
	for _, c := range m {
		pos := -1
		if c.t.Field != "" {
			pos = fieldPos[c.t.Field]
		}
		if ix.holds(i, pos, c.n) == c.t.Negate {
			return false
		}
	}
	return true
}

// Search returns the positions of the mutuals matching q, in dataset order.
func (ix *Index) Search(q Query) []int {
	return ix.SearchFrom(q, 0)
}

// SearchFrom is Search over the mutuals from position from on: the ones a
// loading dataset has just added.
func (ix *Index) SearchFrom(q Query, from int) []int {
	m := compile(q)
	from = max(from, 0)
	n := ix.Len() - from
	if n <= 0 {
		return []int{}
	}
	first := min(from/segmentSize, len(ix.segs)) // every segment but the last is full
	if n < parallelFrom {
		return ix.searchTail(m, from, ix.searchSegments(m, from, ix.segs[first:], nil))
	}
	// Big datasets are split between two goroutines, one a core here.
	mid := first + (len(ix.segs)-first)/2
	var second []int
	done := make(chan struct{})
	go func() {
		second = ix.searchTail(m, from, ix.searchSegments(m, from, ix.segs[mid:], nil))
		close(done)
	}()
	out := ix.searchSegments(m, from, ix.segs[first:mid], nil)
	<-done
	return append(out, second...)
}

// indexed is how many mutuals the word index covers.
func (ix *Index) indexed() int {
	if len(ix.segs) == 0 {
		return 0
	}
	last := ix.segs[len(ix.segs)-1]
	return last.from + last.n
}

// searchTail appends the matches among the mutuals after the word index.
func (ix *Index) searchTail(m matcher, from int, out []int) []int {
	for i := max(from, ix.indexed()); i < ix.Len(); i++ {
		if ix.matches(i, m) {
			out = append(out, i)
		}
	}
	return out
}

// parallelFrom is the number of mutuals from which a search is split.
const parallelFrom = 20000

// SearchWithin is Search limited to the positions in within, in their
// order: when a query only narrows the one before (see Query.Narrows), its
// results are among the previous results. A few are checked one by one;
// many are looked up in the word index's sets.
func (ix *Index) SearchWithin(q Query, within []int) []int {
	m := compile(q)
	if len(within) < ix.Len()/withinFraction {
		return ix.checkWithin(m, within)
	}
	out := make([]int, 0, len(within))
	found := make([]set, len(ix.segs))
	sure := make([]set, len(ix.segs))
	check := make([]bool, len(ix.segs))
	half := len(ix.segs) / 2
	done := make(chan struct{})
	go func() {
		for k := half; k < len(ix.segs); k++ {
			check[k] = ix.narrow(ix.segs[k], m, &found[k], &sure[k])
		}
		close(done)
	}()
	for k := range half {
		check[k] = ix.narrow(ix.segs[k], m, &found[k], &sure[k])
	}
	<-done
	loose := m.loose()
	for _, i := range within {
		if i < 0 || i >= ix.Len() {
			continue
		}
		k := i / segmentSize
		if k >= len(found) {
			if ix.matches(i, m) {
				out = append(out, i)
			}
			continue
		}
		j := i % segmentSize
		if found[k].has(j) && (!check[k] || sure[k].has(j) || ix.matches(i, loose)) {
			out = append(out, i)
		}
	}
	return out
}

// checkWithin checks each of within in turn, on two cores when there are
// many.
func (ix *Index) checkWithin(m matcher, within []int) []int {
	if len(within) < parallelFrom {
		return ix.scanWithin(m, within)
	}
	half := len(within) / 2
	var second []int
	done := make(chan struct{})
	go func() {
		second = ix.scanWithin(m, within[half:])
		close(done)
	}()
	first := ix.scanWithin(m, within[:half])
	<-done
	return append(first, second...)
}

// withinFraction: positions fewer than the mutuals over this are checked
// one by one rather than met in a whole search.
const withinFraction = 16

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
	return append(segs, built...)
}
