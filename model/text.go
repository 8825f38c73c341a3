package model

import (
	"strings"
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

// folded is one mutual's text, folded as a check needs it: a field at a
// time, each kept in text at span[f] once folded (have), or the whole,
// every field joined by sep.
type folded struct {
	text  []byte
	span  [1 << fieldBits][2]int32
	have  uint32 // the fields in text, a bit each
	whole bool   // text is the whole, span every field
	// mutual is the one folded (its position+1, so that the zero value
	// is none) in the index it was folded for
	mutual int
	ix     *Index
}

var foldeds = sync.Pool{New: func() any { return new(folded) }}

// getFolded is a buffer to fold mutuals into, holding none; putFolded
// gives it back.
func getFolded() *folded {
	f := foldeds.Get().(*folded)
	f.mutual, f.ix = 0, nil
	return f
}

func putFolded(f *folded) {
	f.ix = nil // not to keep the index alive
	foldeds.Put(f)
}

// of makes f the text of mutual i of ix, unless it is already.
func (f *folded) of(ix *Index, i int) {
	if f.ix == ix && f.mutual == i+1 {
		return
	}
	f.text, f.have, f.whole = f.text[:0], 0, false
	f.ix, f.mutual = ix, i+1
}

// field is the folded text of field pos of the mutual f is of.
func (f *folded) field(pos int) string {
	if f.have&(1<<pos) == 0 {
		start := len(f.text)
		f.text = appendField(f.text, &f.ix.Dataset.Mutuals[f.mutual-1], pos)
		f.span[pos] = [2]int32{int32(start), int32(len(f.text))}
		f.have |= 1 << pos
	}
	return f.slice(f.span[pos][0], f.span[pos][1])
}

// all is the folded text of every field of the mutual f is of, joined by
// sep.
func (f *folded) all() string {
	if !f.whole {
		var ends [1 << fieldBits]int32
		f.text = f.ix.appendText(f.text[:0], &f.ix.Dataset.Mutuals[f.mutual-1], &ends)
		start := int32(0)
		for pos := range Fields {
			f.span[pos] = [2]int32{start, ends[pos]}
			start = ends[pos] + int32(len(sep))
		}
		f.have, f.whole = 1<<len(Fields)-1, true
	}
	return f.slice(0, int32(len(f.text)))
}

// slice is text[start:end] as a string, without a copy: the bytes are
// not written again before f is of another mutual, and the string is
// read only until then.
func (f *folded) slice(start, end int32) string {
	if start == end {
		return ""
	}
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
	f.of(ix, i)
	switch {
	case pos >= 0:
		if n.in(f.field(pos)) {
			return true
		}
	case strings.Contains(n.text, sep): // it may span two fields
		if n.in(f.all()) {
			return true
		}
	default: // a field at a time, to stop at the first that holds it
		for p := range Fields {
			if n.in(f.field(p)) {
				return true
			}
		}
	}
	return (pos < 0 || pos == sourcesPos) && ix.inTitles(i, n)
}

// inTitles reports whether the title or publisher of a source mutual i
// cites holds n.
func (ix *Index) inTitles(i int, n needle) bool {
	found := false
	ix.Dataset.Mutuals[i].eachCited(func(id string) {
		if t, ok := ix.sources[id]; ok && !found && n.in(t) {
			found = true
		}
	})
	return found
}
