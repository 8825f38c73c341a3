package model

import "unsafe"

// WordIndexBytes is what the word index holds, beside the folded text
// (TextBytes): its words, postings and sets.
func (ix *Index) WordIndexBytes() int {
	n := 0
	for _, s := range ix.segs {
		n += len(s.words) + 4*len(s.starts) + 4*len(s.lists) + 2*len(s.posts) + int(unsafe.Sizeof(set{}))*len(s.sets) + 4*len(s.setOf)
	}
	return n
}

// TextBytes is the folded text and where its fields end.
func (ix *Index) TextBytes() int {
	n := 4 * len(ix.ends)
	for _, s := range ix.all {
		n += len(s) + int(unsafe.Sizeof(s))
	}
	return n
}
