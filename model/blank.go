package model

import "unicode"

// Blank reports whether s shows nothing: only spaces, controls and
// characters that draw no glyph (zero-width spaces and joiners, byte-order
// marks, variation selectors, Hangul fillers, the blank braille pattern).
// A required field written so is as good as missing, however many bytes it
// has.
func Blank(s string) bool {
	for _, r := range s {
		if !invisible(r) {
			return false
		}
	}
	return true
}

func invisible(r rune) bool {
	switch {
	case unicode.IsSpace(r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
		return true
	case r >= 0xfe00 && r <= 0xfe0f, r >= 0xe0100 && r <= 0xe01ef: // variation selectors
		return true
	case r == 0x115f, r == 0x1160, r == 0x3164, r == 0xffa0, r == 0x2800, r == 0x034f:
		return true
	}
	return false
}
