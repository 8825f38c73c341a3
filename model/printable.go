package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unsafe reports whether r must never reach a terminal as it is: a C0 or
// C1 control (ESC, CSI and the bytes that start and end every escape
// sequence among them), a bidirectional control, which reorders the text
// around it so that what is shown is not what is there, or the line and
// paragraph separators U+2028 and U+2029, which break lines as \n does. It
// is the one rule every printed path, error and screen follows.
func Unsafe(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'
}

// Printable makes text from a data file safe to put on a terminal. Control
// characters become visible pictures (ESC shows as ␛), so an escape sequence
// in the data is displayed, never obeyed; tabs and line breaks (U+2028 and
// U+2029 among them) become spaces;
// bidirectional controls are dropped; invalid UTF-8 becomes U+FFFD.
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
		case !Unsafe(r):
			b.WriteRune(r)
		case r == '\t' || r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the Control Pictures block
		case r == 0x7f:
			b.WriteRune('\u2421')
		case r < 0xa0:
			b.WriteRune('\uFFFD') // C1: no picture exists
		default:
			// a bidirectional control: dropped, as it has no look of its own
		}
	}
	return b.String()
}

// isPlain is the fast path: text with nothing to change (most of it,
// accented or not) is returned as it is, without a copy.
func isPlain(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plainASCII8(s[i:i+8]) {
			i += 8
			continue
		}
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		// U+061C is the first rune past ASCII and C1 that Unsafe rejects.
		if r < 0xa0 || (r >= 0x061c && Unsafe(r)) || isVariationSelector(r) || (r == utf8.RuneError && size == 1) {
			return false
		}
		i += size
	}
	return true
}

// plainASCII8 reports whether the 8 bytes of s are all printable ASCII,
// 0x20 to 0x7e, testing them at once (the bit tricks of "Bit Twiddling
// Hacks": a byte under 0x20, or at or over 0x7f, sets its high bit).
func plainASCII8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	under := (v - 0x20*ones) & ^v & highs // some byte < 0x20
	over := (v + (0x80-0x7f)*ones) | v    // some byte >= 0x7f
	return under == 0 && over&highs == 0
}

func isVariationSelector(r rune) bool { return r >= 0xfe00 && r <= 0xfe0f }
