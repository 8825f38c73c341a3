package model

import "strings"

// Printable makes text from a data file safe to put on a terminal. Control
// characters become visible pictures (ESC shows as ␛), so an escape sequence
// in the data is displayed, never obeyed; tabs and line breaks become spaces;
// bidirectional overrides are dropped; invalid UTF-8 becomes U+FFFD.
func Printable(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := ' '
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		last := prev
		prev = r
		switch {
		case isVariationSelector(r) && last < 0x80:
			// a variation selector with no emoji before it: terminals and
			// width tables disagree on it, so it would break alignment
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the Control Pictures block
		case r == 0x7f:
			b.WriteRune('\u2421')
		case r >= 0x80 && r < 0xa0:
			b.WriteRune('\uFFFD')
		case isBidiControl(r):
			// dropped: it would reorder the text around it
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain is the fast path: printable ASCII needs no work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

func isVariationSelector(r rune) bool { return r >= 0xfe00 && r <= 0xfe0f }

func isBidiControl(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
