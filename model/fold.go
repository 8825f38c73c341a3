package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldCache remembers how each non-ASCII rune folds; the set of runes in
// real data is small, and norm is slow per call.
var foldCache sync.Map // rune -> string

// twoByteFolds is how each rune of two bytes in UTF-8 (the accented Latin
// letters, Greek, Cyrillic and others) folds, worked out on first use: a
// search folds the text of the mutuals it checks, and a look-up in
// foldCache was a third of the time.
var twoByteFolds = sync.OnceValue(func() *[0x800]string {
	var t [0x800]string
	for r := rune(utf8.RuneSelf); r < 0x800; r++ {
		t[r] = foldRuneSlow(r)
	}
	return &t
})

// foldRune lower-cases r and strips its accents, so that "É" folds to "e".
func foldRune(r rune) string {
	if r < 0x800 {
		return twoByteFolds()[r]
	}
	if v, ok := foldCache.Load(r); ok {
		return v.(string)
	}
	s := foldRuneSlow(r)
	foldCache.Store(r, s)
	return s
}

func foldRuneSlow(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(caseless(r))) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(d)
		}
	}
	return b.String()
}

// caseless is the one lower-case letter that stands for r and every other
// case of it: the least of the lower-case letters Unicode folds together
// with it, so that the Greek final sigma is a sigma, the long s an s, and
// the Kelvin sign a k.
func caseless(r rune) rune {
	best := unicode.ToLower(r)
	for f := unicode.SimpleFold(best); f != best; f = unicode.SimpleFold(f) {
		if unicode.IsLower(f) && f < best {
			best = f
		}
	}
	return best
}

// Fold returns s lower-cased with accents removed and each run of spaces
// (tabs, line breaks and other Unicode spaces too) made one space: the
// form in which queries and records are compared. A query reads any run of
// spaces as one, so a value must too, or "adult social" could never find
// "adult  social care".
func Fold(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || asciiSpace(c) || (c == ' ' && i > 0 && s[i-1] == ' ') {
			plain = false
			break
		}
	}
	if plain {
		return strings.ToLower(s)
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// appendFold appends s folded to dst.
func appendFold(dst []byte, s string) []byte {
	dst, _ = foldOn(dst, s, false)
	return dst
}

// foldOn appends s folded to dst, as the rest of a text whose folded
// part so far, in dst, ends in a space when space is set (so a space
// there and one at the start of s make one), and says whether it now does.
func foldOn(dst []byte, s string, space bool) ([]byte, bool) {
	for i := 0; i < len(s); {
		// a run that folds to itself but for the case of ASCII letters,
		// copied at once: most text is
		j, upper := i, false
		for j < len(s) {
			c := s[j]
			if k := asciiKind[c]; k == plainByte || k == upperByte {
				upper = upper || k == upperByte
				j++
				continue
			}
			if c == ' ' && j > i && s[j-1] != ' ' {
				j++
				continue
			}
			break
		}
		if j > i {
			n := len(dst)
			dst = append(dst, s[i:j]...)
			if upper {
				lowerASCII(dst[n:])
			}
			space, i = s[j-1] == ' ', j
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf { // a space
			if !space {
				dst = append(dst, ' ')
			}
			space = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			if !space {
				dst = append(dst, ' ')
			}
			space = true
			continue
		}
		if f := foldRune(r); f != "" {
			dst = append(dst, f...)
			space = false
		}
	}
	return dst, space
}

// The kinds of byte foldOn tells apart.
const (
	plainByte = iota // ASCII that folds to itself
	upperByte        // an ASCII capital
	spaceByte        // ASCII white space
	runeByte         // part of a rune past ASCII
)

var asciiKind = func() (k [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			k[c] = runeByte
		case c == ' ' || asciiSpace(byte(c)):
			k[c] = spaceByte
		case 'A' <= c && c <= 'Z':
			k[c] = upperByte
		}
	}
	return k
}()

func lowerASCII(b []byte) {
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// foldOffsets folds s like Fold and also returns, for every byte of the
// folded text plus one past its end, the byte offset in s it came from, so a
// match in folded text can be mapped back onto the original.
func foldOffsets(s string) (string, []int) {
	var b strings.Builder
	offs := make([]int, 0, len(s)+1)
	space := false
	for i, r := range s {
		f := string(unicode.ToLower(r))
		switch {
		case unicode.IsSpace(r) && space:
			continue
		case unicode.IsSpace(r):
			f, space = " ", true
		case r >= utf8.RuneSelf:
			f = foldRune(r)
			space = space && f == ""
		default:
			space = false
		}
		for range len(f) {
			offs = append(offs, i)
		}
		b.WriteString(f)
	}
	offs = append(offs, len(s))
	return b.String(), offs
}
