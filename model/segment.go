package model

import (
	"math/bits"
	"sort"
	"strings"
)

// The word index. A term with no space in it lies inside one word of a
// mutual's folded text (words end at spaces and at the separators between
// values), so the mutuals it matches are exactly those holding a word it
// is part of. Each segment of segmentSize mutuals keeps its distinct words
// and, for each, the mutuals and fields it is in: a search reads the
// words, a small fraction of the text, and the postings of the few words
// that hold the term, never the mutuals that cannot match.

// segmentSize is how many mutuals a segment covers: few enough that a
// posting is 16 bits (the mutual's place in the segment and its field),
// many enough that the words shared by its mutuals are kept once.
const segmentSize = 1 << (16 - fieldBits)

// fieldBits is how many bits of a posting name the field.
const fieldBits = 5

const fieldMask = 1<<fieldBits - 1

// setWords is how many uint64s a segment's set of mutuals takes.
const setWords = segmentSize / 64

func init() {
	if len(Fields) > 1<<fieldBits {
		panic("model: more fields than a posting can name")
	}
}

// posting is one mutual of a segment (the high bits) holding a word in one
// field (the low fieldBits).
type posting uint16

// segment is the word index of mutuals from..from+n. A word is in a field
// of a mutual when a posting says so or, for a word common in that field,
// when the mutual is in the word's set for the field.
type segment struct {
	from, n  int
	words    string    // each distinct word after a wordSep
	starts   []int32   // [word] where it starts in words; one more, past the end
	lists    []int32   // [word] where its postings start; one more, at the end
	posts    []posting // by word, then by mutual and field
	setsOf   []int32   // [word] where its sets start in sets; one more, at the end
	sets     []set     // by word: the mutuals holding it in a field it is common in
	setField []uint8   // [set] the field
	// unsourced: a mutual cites a source the index did not have
	unsourced bool
}

// wordSep ends words in the text and separates them in segment.words. A
// term holding it cannot be looked up by word.
const wordSep = 0 // sep, the separator between values

func isWordEnd(c byte) bool { return c == ' ' || c == wordSep }

// set is a set of mutuals of one segment, by their place in it.
type set [setWords]uint64

func (s *set) add(i int) { s[i/64] |= 1 << (i % 64) }
func (s *set) and(t *set) {
	for k := range s {
		s[k] &= t[k]
	}
}
func (s *set) andNot(t *set) {
	for k := range s {
		s[k] &^= t[k]
	}
}
func (s *set) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s *set) or(t *set) {
	for k := range s {
		s[k] |= t[k]
	}
}
func (s *set) fill(n int) {
	*s = set{}
	for k := range n / 64 {
		s[k] = ^uint64(0)
	}
	if n%64 != 0 {
		s[n/64] = 1<<(n%64) - 1
	}
}
func (s *set) empty() bool { return *s == set{} }

func (s *set) remove(i int) { s[i/64] &^= 1 << (i % 64) }

func (s *set) len() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}

// lookup adds to out the mutuals holding a word that contains text, in
// field pos, or in any when pos < 0. It reads every set and posting of
// those words, however many: checking a mutual's text instead means
// folding it first, far slower.
func (s *segment) lookup(text string, pos int, out *set) {
	s.eachWord(text, func(w int) {
		for k := s.setsOf[w]; k < s.setsOf[w+1]; k++ {
			if pos < 0 || int(s.setField[k]) == pos {
				out.or(&s.sets[k])
			}
		}
		for _, p := range s.posts[s.lists[w]:s.lists[w+1]] {
			if pos < 0 || int(p&fieldMask) == pos {
				out.add(int(p >> fieldBits))
			}
		}
	})
}

// fieldSets are sets of mutuals of one segment, one a field.
type fieldSets [1 << fieldBits]set

// lookupFields is lookup into a set for each field.
func (s *segment) lookupFields(text string, out *fieldSets) {
	s.eachWord(text, func(w int) {
		for k := s.setsOf[w]; k < s.setsOf[w+1]; k++ {
			out[s.setField[k]].or(&s.sets[k])
		}
		for _, p := range s.posts[s.lists[w]:s.lists[w+1]] {
			out[p&fieldMask].add(int(p >> fieldBits))
		}
	})
}

// eachWord calls f with each word of s that contains text.
func (s *segment) eachWord(text string, f func(w int)) {
	for at := 0; at < len(s.words); {
		k := strings.Index(s.words[at:], text)
		if k < 0 {
			return
		}
		w := s.wordAt(at + k)
		f(w)
		at = int(s.starts[w+1]) - 1
	}
}

// wordAt is the word that byte at of s.words belongs to.
func (s *segment) wordAt(at int) int {
	return sort.Search(len(s.starts)-1, func(w int) bool { return int(s.starts[w+1]) > at+1 })
}
