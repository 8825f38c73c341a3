package model

// HighlightFirst is Highlight for a screen, which shows a match or two of
// a value and never all of a long one: the ranges of the first stretch of
// s, of about size bytes, that holds a match of q, or nil when s holds
// none. What it allocates and returns does not grow with s, so a value of
// megabytes costs a frame what one of a few pages does.
func (q Query) HighlightFirst(field, s string, size int) []Range {
	longest := 0
	for _, t := range q.Terms() {
		longest = max(longest, len(t.Text))
	}
	// A match that spans two stretches lies whole in the next one, which
	// starts overlap bytes before this one ends: enough for the term and
	// the spaces a fold collapses between its words.
	overlap := 512 + 4*longest
	size = max(size, 4*overlap)
	var buf foldBuffer
	for start := 0; start < len(s); {
		end := cutAfter(s, start+size)
		if rs := q.highlightIn(field, s[start:end], &buf); len(rs) > 0 {
			for i := range rs {
				rs[i].Start += start
				rs[i].End += start
			}
			return rs
		}
		if end == len(s) {
			break
		}
		start = cutAfter(s, end-overlap)
	}
	return nil
}

// cutAfter is the first place at or after i where s may be cut so that
// folding each side alone folds as the whole does: after a printable ASCII
// character (no run of spaces is split), or failing one nearby, at the
// start of a rune.
func cutAfter(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for j := i; j < len(s) && j < i+256; j++ {
		if c := s[j-1]; c > ' ' && c < 0x7f {
			return j
		}
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return i
		}
	}
	return len(s)
}
