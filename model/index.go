package model

import "strings"

// sep joins the values of one field in the index, so that a term cannot
// match across two values.
const sep = "\x00"

// Index holds every mutual's text folded once, field by field, so a
// search is a scan of ready strings.
type Index struct {
	Dataset *Dataset
	fields  [][]string // [mutual][field position in Fields]
	all     []string   // [mutual] every field joined
}

// NewIndex folds the text of every mutual in ds.
func NewIndex(ds *Dataset) *Index {
	return (&Index{}).With(ds)
}

// With returns the index of ds, a dataset that begins with the mutuals ix
// holds (as one that is still loading does): only the new ones are folded.
// ix itself is left as it was, so a search still running on it is safe.
func (ix *Index) With(ds *Dataset) *Index {
	next := &Index{Dataset: ds, fields: ix.fields, all: ix.all}
	for i := len(ix.all); i < len(ds.Mutuals); i++ {
		f, a := next.fold(&ds.Mutuals[i])
		next.fields, next.all = append(next.fields, f), append(next.all, a)
	}
	return next
}

// fold folds every field into one string, and gives each field as a
// slice of it: one allocation a mutual, not one a field.
func (ix *Index) fold(m *Mutual) ([]string, string) {
	var b strings.Builder
	ends := make([]int, len(Fields))
	for j, f := range Fields {
		vals := f.Values(m)
		if f.Key == "sources" {
			vals = ix.sourceText(m)
		}
		if j > 0 {
			b.WriteString(sep)
		}
		for k, v := range vals {
			if k > 0 {
				b.WriteString(sep)
			}
			foldInto(&b, v)
		}
		ends[j] = b.Len()
	}
	all := b.String()
	out := make([]string, len(Fields))
	start := 0
	for j, end := range ends {
		out[j] = all[start:end]
		start = end + len(sep)
	}
	return out, all
}

// sourceText lets source: find a source by its id, title or publisher.
func (ix *Index) sourceText(m *Mutual) []string {
	var vals []string
	for _, id := range m.Sources {
		vals = append(vals, id)
		if s, ok := ix.Dataset.Source(id); ok {
			vals = append(vals, s.Title, s.Publisher)
		}
	}
	return vals
}

var fieldPos = func() map[string]int {
	m := make(map[string]int, len(Fields))
	for i, f := range Fields {
		m[f.Key] = i
	}
	return m
}()

// Len is the number of mutuals indexed.
func (ix *Index) Len() int { return len(ix.all) }

// Matches reports whether mutual i satisfies every term of q.
func (ix *Index) Matches(i int, q Query) bool {
	for _, t := range q.Terms {
		text := ix.all[i]
		if t.Field != "" {
			text = ix.fields[i][fieldPos[t.Field]]
		}
		if strings.Contains(text, t.Text) == t.Negate {
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
	n := ix.Len() - from
	if n <= 0 {
		return []int{}
	}
	if n < parallelFrom {
		return ix.scan(q, from, ix.Len(), nil)
	}
	// Big datasets are split between two goroutines, one a core here.
	mid := from + n/2
	var second []int
	done := make(chan struct{})
	go func() {
		second = ix.scan(q, mid, ix.Len(), nil)
		close(done)
	}()
	first := ix.scan(q, from, mid, make([]int, 0, n))
	<-done
	return append(first, second...)
}

// parallelFrom is the number of mutuals from which a search is split.
const parallelFrom = 20000

func (ix *Index) scan(q Query, from, to int, out []int) []int {
	for i := from; i < to; i++ {
		if ix.Matches(i, q) {
			out = append(out, i)
		}
	}
	if out == nil {
		out = []int{}
	}
	return out
}

// SearchWithin is Search limited to the positions in within: when a query
// only narrows the one before (see Query.Narrows), its results are among
// the previous results, and only those need checking.
func (ix *Index) SearchWithin(q Query, within []int) []int {
	if len(within) < parallelFrom {
		return ix.scanWithin(q, within, make([]int, 0, len(within)))
	}
	half := len(within) / 2
	var second []int
	done := make(chan struct{})
	go func() {
		second = ix.scanWithin(q, within[half:], nil)
		close(done)
	}()
	first := ix.scanWithin(q, within[:half], make([]int, 0, len(within)))
	<-done
	return append(first, second...)
}

func (ix *Index) scanWithin(q Query, within, out []int) []int {
	for _, i := range within {
		if ix.Matches(i, q) {
			out = append(out, i)
		}
	}
	return out
}
