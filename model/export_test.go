package model

import (
	"strings"
	"unsafe"
)

// WordIndexBytes is what the word index holds, beside the folded text
// (TextBytes): its words, postings and sets.
func (ix *Index) WordIndexBytes() int {
	n := 0
	for _, s := range ix.segs {
		n += len(s.words) + 4*len(s.starts) + 4*len(s.lists) + 2*len(s.posts) + int(unsafe.Sizeof(set{}))*len(s.sets) + len(s.setField) + 4*len(s.setsOf)
	}
	return n
}

// FoldedField is the folded text of field pos of mutual i (of every
// field, joined by a NUL, when pos < 0), as a search reads it.
func (ix *Index) FoldedField(i, pos int) string {
	f := getFolded()
	defer putFolded(f)
	f.of(ix, i)
	if pos < 0 {
		return strings.Clone(f.all())
	}
	return strings.Clone(f.field(pos))
}

// FoldedMixed is each field's folded text of mutual i, the fields asked
// for last first, then the whole, then each field again, in one buffer,
// as the terms of a query ask for them in turn.
func (ix *Index) FoldedMixed(i int) (fields []string, all string, again []string) {
	f := getFolded()
	defer putFolded(f)
	f.of(ix, i)
	fields = make([]string, len(Fields))
	for pos := len(Fields) - 1; pos >= 0; pos-- {
		fields[pos] = strings.Clone(f.field(pos))
	}
	all = strings.Clone(f.all())
	for pos := range Fields {
		again = append(again, strings.Clone(f.field(pos)))
	}
	return fields, all, again
}

// Indexed is how many mutuals the word index covers; the rest are
// checked one by one.
func (ix *Index) Indexed() int { return ix.indexed() }
