package model

import (
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unsafe"
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

// segment is the word index of mutuals from..from+n.
type segment struct {
	from, n int
	words   string    // each distinct word after a wordSep
	starts  []int32   // [word] where it starts in words; one more, past the end
	lists   []int32   // [word] where its postings start; one more, at the end
	posts   []posting // by word, then by mutual and field
	sets    []set     // the mutuals of each common word, any field
	setOf   []int32   // [word] its set in sets, or -1
	text    int       // bytes of folded text the segment covers: what a scan reads
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

// builder collects a segment's words; one is reused between segments.
type builder struct {
	ids       map[string]int32
	words     []string
	last      []int32 // [word] the last posting given it, so repeats are dropped
	pairs     []wordPosting
	text      []byte // the segment's mutuals, folded
	ends      [1 << fieldBits]int32
	unsourced bool
}

type wordPosting struct {
	word int32
	p    posting
}

var builders = sync.Pool{New: func() any { return &builder{ids: map[string]int32{}} }}

// buildSegment indexes the words of mutuals from..to of ix.
func buildSegment(ix *Index, from, to int) *segment {
	b := builders.Get().(*builder)
	defer builders.Put(b)
	// the words of the last segment built, keys of ids, are in text:
	// forgotten before text is written again
	clear(b.ids)
	b.words, b.last, b.pairs, b.text, b.unsourced = b.words[:0], b.last[:0], b.pairs[:0], b.text[:0], false
	for i := from; i < to; i++ {
		m := &ix.Dataset.Mutuals[i]
		start := len(b.text)
		b.text = ix.appendText(b.text, m, &b.ends)
		text := unsafe.String(unsafe.SliceData(b.text[start:]), len(b.text)-start)
		b.addFields(text, i-from)
		p := posting((i-from)<<fieldBits | sourcesPos)
		m.eachCited(func(id string) {
			title, ok := ix.sources[id]
			b.unsourced = b.unsourced || !ok
			b.addWords(title, p)
		})
	}
	return b.segment(from, to-from)
}

// addFields adds the words of the k'th mutual's text, field by field.
func (b *builder) addFields(text string, k int) {
	start := 0
	for f := range Fields {
		end := int(b.ends[f])
		b.addWords(text[start:end], posting(k<<fieldBits|f))
		start = end + len(sep)
	}
}

func (b *builder) addWords(s string, p posting) {
	for len(s) > 0 {
		end := 0
		for end < len(s) && !isWordEnd(s[end]) {
			end++
		}
		if end > 0 {
			b.add(s[:end], p)
		}
		if end == len(s) {
			return
		}
		s = s[end+1:]
	}
}

func (b *builder) add(w string, p posting) {
	id, ok := b.ids[w]
	if !ok {
		id = int32(len(b.words))
		b.ids[w] = id
		b.words = append(b.words, w)
		b.last = append(b.last, -1)
	}
	if b.last[id] != int32(p) {
		b.last[id] = int32(p)
		b.pairs = append(b.pairs, wordPosting{id, p})
	}
}

// segment lays the words and postings out in a few flat arrays.
func (b *builder) segment(from, n int) *segment {
	s := &segment{from: from, n: n, text: len(b.text), unsourced: b.unsourced}
	size := 0
	for _, w := range b.words {
		size += len(w) + 1
	}
	var words strings.Builder
	words.Grow(size)
	s.starts = make([]int32, len(b.words)+1)
	for i, w := range b.words {
		words.WriteByte(wordSep)
		s.starts[i] = int32(words.Len())
		words.WriteString(w)
	}
	s.words = words.String()
	s.starts[len(b.words)] = int32(len(s.words) + 1)
	// a counting sort of the postings by word keeps each word's in order
	s.lists = make([]int32, len(b.words)+1)
	for _, wp := range b.pairs {
		s.lists[wp.word+1]++
	}
	for i := 1; i < len(s.lists); i++ {
		s.lists[i] += s.lists[i-1]
	}
	next := append([]int32(nil), s.lists[:len(b.words)]...)
	s.posts = make([]posting, len(b.pairs))
	for _, wp := range b.pairs {
		s.posts[next[wp.word]] = wp.p
		next[wp.word]++
	}
	s.setOf = make([]int32, len(b.words))
	for w := range b.words {
		s.setOf[w] = -1
		if s.lists[w+1]-s.lists[w] >= commonWord {
			s.setOf[w] = int32(len(s.sets))
			s.sets = append(s.sets, set{})
			for _, p := range s.posts[s.lists[w]:s.lists[w+1]] {
				s.sets[len(s.sets)-1].add(int(p >> fieldBits))
			}
		}
	}
	return s
}

// commonWord is how many postings make a word common: its set of mutuals
// then takes no more memory than its postings, and is read in a few
// instructions.
const commonWord = setWords * 8 / 2

// lookup adds to out the mutuals holding a word that contains text, in
// field pos, or in any when pos < 0. It reads every posting of those
// words, however many: checking a mutual's text instead means folding it
// first, far slower than reading its postings.
func (s *segment) lookup(text string, pos int, out *set) {
	s.eachWord(text, func(w int) {
		if pos < 0 && s.setOf[w] >= 0 {
			out.or(&s.sets[s.setOf[w]])
			return
		}
		for _, p := range s.posts[s.lists[w]:s.lists[w+1]] {
			if pos < 0 || int(p&fieldMask) == pos {
				out.add(int(p >> fieldBits))
			}
		}
	})
}

// lookupFields is lookup into a set for each field.
func (s *segment) lookupFields(text string, out *fieldSets) {
	s.eachWord(text, func(w int) {
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

func (s *set) remove(i int) { s[i/64] &^= 1 << (i % 64) }

func (s *set) len() int {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return n
}
