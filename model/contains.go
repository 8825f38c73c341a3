package model

import "strings"

// byteRank orders bytes from common to rare in English text and in the
// folded index: lower-case letters by their frequency, then digits, then
// the rest. The rarest byte of a term is the one to look for first.
var byteRank = func() [256]int {
	var r [256]int
	for i := range r {
		r[i] = 200 // punctuation, bytes of non-ASCII runes
	}
	r[' '] = 0
	for i, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		r[c] = 1 + i
	}
	for c := '0'; c <= '9'; c++ {
		r[c] = 100
	}
	return r
}()

// needle is a term's text ready for matching: where its rarest byte is.
type needle struct {
	text string
	rare int
}

func newNeedle(text string) needle {
	n := needle{text: text}
	for i := 1; i < len(text); i++ {
		if byteRank[text[i]] > byteRank[text[n.rare]] {
			n.rare = i
		}
	}
	return n
}

// in reports whether the needle occurs in s. It jumps between occurrences
// of the needle's rarest byte, which in real text is much faster than
// strings.Contains's hunt for the first byte when that byte is common.
func (n needle) in(s string) bool {
	if len(n.text) < 2 {
		return strings.Contains(s, n.text)
	}
	c := n.text[n.rare]
	for i := n.rare; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		start := i + j - n.rare
		if start+len(n.text) > len(s) {
			return false
		}
		if s[start:start+len(n.text)] == n.text {
			return true
		}
		i += j + 1
	}
	return false
}
