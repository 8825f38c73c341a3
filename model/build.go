package model

import (
	"strings"
	"sync"
	"unsafe"
)

// builder collects a segment's words; one is reused between segments.
type builder struct {
	ids       map[string]int32
	words     []string
	last      []int32 // [word] the last posting given it, so repeats are dropped
	pairs     []wordPosting
	sorted    []posting // the postings by word
	text      []byte    // the segment's mutuals, folded
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
	s := &segment{from: from, n: n, unsourced: b.unsourced}
	s.words, s.starts = b.wordList()
	// a counting sort of the postings by word keeps each word's in order
	at := make([]int32, len(b.words)+1)
	for _, wp := range b.pairs {
		at[wp.word+1]++
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	next := append([]int32(nil), at[:len(b.words)]...)
	b.sorted = append(b.sorted[:0], make([]posting, len(b.pairs))...)
	for _, wp := range b.pairs {
		b.sorted[next[wp.word]] = wp.p
		next[wp.word]++
	}
	s.lists = make([]int32, len(b.words)+1)
	s.setsOf = make([]int32, len(b.words)+1)
	sets := 0
	for w := range b.words {
		sets += commonIn(b.sorted[at[w]:at[w+1]])
	}
	s.sets, s.setField = make([]set, 0, sets), make([]uint8, 0, sets)
	kept := b.sorted[:0] // written behind where it is read
	for w := range b.words {
		s.lists[w], s.setsOf[w] = int32(len(kept)), int32(len(s.sets))
		kept = s.addSets(b.sorted[at[w]:at[w+1]], kept)
	}
	s.lists[len(b.words)], s.setsOf[len(b.words)] = int32(len(kept)), int32(len(s.sets))
	s.posts = append([]posting(nil), kept...)
	return s
}

// wordList is the words after a wordSep each, and where each starts.
func (b *builder) wordList() (string, []int32) {
	size := 0
	for _, w := range b.words {
		size += len(w) + 1
	}
	var words strings.Builder
	words.Grow(size)
	starts := make([]int32, len(b.words)+1)
	for i, w := range b.words {
		words.WriteByte(wordSep)
		starts[i] = int32(words.Len())
		words.WriteString(w)
	}
	starts[len(b.words)] = int32(words.Len() + 1)
	return words.String(), starts
}

// commonIn is how many fields the postings of one word make it common in.
func commonIn(ps []posting) int {
	var count [1 << fieldBits]int
	n := 0
	for _, p := range ps {
		if count[p&fieldMask]++; count[p&fieldMask] == commonWord {
			n++
		}
	}
	return n
}

// addSets puts the postings of one word (ps) for a field it is common in
// into a set for the field, and appends the rest to kept.
func (s *segment) addSets(ps, kept []posting) []posting {
	var count [1 << fieldBits]int
	for _, p := range ps {
		count[p&fieldMask]++
	}
	var setOf [1 << fieldBits]int
	for f, c := range count {
		setOf[f] = -1
		if c >= commonWord {
			setOf[f] = len(s.sets)
			s.sets = append(s.sets, set{})
			s.setField = append(s.setField, uint8(f))
		}
	}
	for _, p := range ps {
		if k := setOf[p&fieldMask]; k >= 0 {
			s.sets[k].add(int(p >> fieldBits))
		} else {
			kept = append(kept, p)
		}
	}
	return kept
}

// commonWord is how many postings of a word in one field make it common
// there: a set of mutuals then takes no more memory than the postings,
// and is read in a few instructions.
const commonWord = setWords * 8 / 2
