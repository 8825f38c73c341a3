package model

import "unicode/utf8"

// maxTypoRunes is the longest word compared for a typo. Longer ones are no
// id, key or name anyone mistyped, and a comparison costs the product of
// the two lengths: a 2,000-character REF against 100,000 records took a
// minute.
const maxTypoRunes = 64

// Closest returns the candidate nearest to word by edit distance, if it is
// near enough to be what was meant: a letter wrong, missing, added or two
// swapped in a word of up to four letters, two such slips up to nine, one
// more for every five letters after. Half the word's length allowed
// "author" for "mutual".
func Closest(word string, candidates []string) (string, bool) {
	w, ok := typoRunes(word)
	if !ok {
		return "", false
	}
	best, bestD := "", len(w)/5+2
	for _, c := range candidates {
		if d := within(w, c, bestD); d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}

// typoRunes is s as runes, unless it is too long to be compared.
func typoRunes(s string) ([]rune, bool) {
	if len(s) > utf8.UTFMax*maxTypoRunes || utf8.RuneCountInString(s) > maxTypoRunes {
		return nil, false
	}
	return []rune(s), true
}

// within is the distance between a and b, by rune, or limit
// when it is limit or more (or b is too long to compare): two words whose
// lengths differ by limit are not compared at all.
func within(a []rune, b string, limit int) int {
	rb, ok := typoRunes(b)
	if !ok || len(a)-len(rb) >= limit || len(rb)-len(a) >= limit {
		return limit
	}
	return min(distance(a, rb), limit)
}

// distance is the edit distance between a and b where two neighbouring
// letters swapped are one slip, as "lsit" for "list" (the optimal string
// alignment distance).
func distance(ra, rb []rune) int {
	older := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], older[j-2]+1)
			}
		}
		older, prev, cur = prev, cur, older
	}
	return prev[len(rb)]
}
