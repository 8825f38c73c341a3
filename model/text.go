package model

import (
	"sync"
	"unsafe"
)

// The folded text of a mutual is not held: the word index answers most
// terms without it, and a mutual it cannot settle (a phrase's candidate, a
// mutual after the last segment) is folded when it is checked, into a
// buffer used again for the next. Holding every mutual's folded text made
// the browser's memory a quarter larger.

// sep joins the values of one field in the folded text, and the fields,
// so that a term cannot match across two values.
const sep = "\x00"

// folded is one mutual's text, folded: every field joined by sep, ends[f]
// where field f ends.
type folded struct {
	text []byte
	ends [1 << fieldBits]int32
	// of is the mutual folded (of+1, so that the zero value is none) in
	// the index it was folded for
	of int
	ix *Index
}

var foldeds = sync.Pool{New: func() any { return new(folded) }}

// getFolded is a buffer to fold mutuals into, holding none; putFolded
// gives it back.
func getFolded() *folded {
	f := foldeds.Get().(*folded)
	f.of, f.ix = 0, nil
	return f
}

func putFolded(f *folded) {
	f.ix = nil // not to keep the index alive
	foldeds.Put(f)
}

// textOf folds mutual i into f, unless f holds it already.
func (f *folded) textOf(ix *Index, i int) {
	if f.ix == ix && f.of == i+1 {
		return
	}
	f.text = ix.appendText(f.text[:0], &ix.Dataset.Mutuals[i], &f.ends)
	f.ix, f.of = ix, i+1
}

// field is the folded text of field pos, or of all when pos < 0.
func (f *folded) field(pos int) string {
	start, end := 0, len(f.text)
	if pos >= 0 {
		if pos > 0 {
			start = int(f.ends[pos-1]) + len(sep)
		}
		end = int(f.ends[pos])
	}
	if start == end {
		return ""
	}
	// the text is read here and not written again before the next textOf
	return unsafe.String(&f.text[start], end-start)
}

// appendText appends m's fields, folded and joined by sep, to dst, and
// sets where each ends, counted from the start of m's text.
func (ix *Index) appendText(dst []byte, m *Mutual, ends *[1 << fieldBits]int32) []byte {
	start := len(dst)
	for f := range Fields {
		if f > 0 {
			dst = append(dst, sep...)
		}
		dst = appendField(dst, m, f)
		ends[f] = int32(len(dst) - start)
	}
	return dst
}

// appendField appends the values of field f of m, folded and joined by
// sep: Fields[f].Values, without gathering them where that allocates.
func appendField(dst []byte, m *Mutual, f int) []byte {
	switch f {
	case eventsPos: // each event's line, Date + " " + Kind + ": " + Text
		for k := range m.Events {
			if k > 0 {
				dst = append(dst, sep...)
			}
			e := &m.Events[k]
			space := false
			for _, part := range [...]string{e.Date, " ", e.Kind, ": ", e.Text} {
				dst, space = foldOn(dst, part, space)
			}
		}
	case sourcesPos:
		k := 0
		m.eachCited(func(id string) {
			if k > 0 {
				dst = append(dst, sep...)
			}
			k++
			dst = appendFold(dst, id)
		})
	case statusPos:
		dst = appendFold(dst, m.Status().Value)
	default:
		for k, v := range Fields[f].Values(m) {
			if k > 0 {
				dst = append(dst, sep...)
			}
			dst = appendFold(dst, v)
		}
	}
	return dst
}

var (
	eventsPos  = fieldPos["events"]
	sourcesPos = fieldPos["sources"]
	statusPos  = fieldPos["status"]
)

var fieldPos = func() map[string]int {
	m := make(map[string]int, len(Fields))
	for i, f := range Fields {
		m[f.Key] = i
	}
	return m
}()

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
// the sources field's. f is where the mutual's text is folded.
func (ix *Index) holds(f *folded, i, pos int, n needle) bool {
	f.textOf(ix, i)
	if n.in(f.field(pos)) {
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
