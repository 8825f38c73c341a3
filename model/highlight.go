package model

import (
	"bytes"
	"sort"
)

// Range is a half-open span of bytes [Start, End) in a string.
type Range struct{ Start, End int }

// Highlight returns where the query's positive terms for field (a Field.Key)
// occur in s, as sorted, non-overlapping byte ranges of s itself: the
// terms of every clause, so a mutual's own are those of Index.For.
func (q Query) Highlight(field, s string) []Range {
	return q.highlightIn(field, s, &foldBuffer{})
}

// foldBuffer is where highlightIn folds, kept between calls that work a
// stretch of a long value at a time.
type foldBuffer struct {
	text []byte
	offs []int
}

func (q Query) highlightIn(field, s string, buf *foldBuffer) []Range {
	if len(q.Clauses) == 0 || s == "" {
		return nil
	}
	buf.text, buf.offs = appendFoldOffsets(buf.text[:0], buf.offs[:0], s)
	folded, offs := buf.text, buf.offs
	var rs []Range
	for _, t := range q.Terms() {
		if t.Negate || (t.Field != "" && t.Field != field) {
			continue
		}
		text := []byte(t.Text)
		for from := 0; from < len(folded); {
			i := bytes.Index(folded[from:], text)
			if i < 0 {
				break
			}
			start := from + i
			end := start + len(t.Text)
			rs = append(rs, Range{offs[start], runeEnd(s, offs[end-1])})
			from = end
		}
	}
	return merge(rs)
}

// runeEnd is the offset just past the rune that starts at i.
func runeEnd(s string, i int) int {
	for j := i + 1; j <= len(s); j++ {
		if j == len(s) || s[j]&0xC0 != 0x80 {
			return j
		}
	}
	return len(s)
}

func merge(rs []Range) []Range {
	if len(rs) < 2 {
		return rs
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	out := rs[:1]
	for _, r := range rs[1:] {
		last := &out[len(out)-1]
		if r.Start <= last.End {
			last.End = max(last.End, r.End)
			continue
		}
		out = append(out, r)
	}
	return out
}
