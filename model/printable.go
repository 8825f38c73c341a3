package model

import (
	"strings"
	"unicode"
)

// Unsafe reports whether r must never reach a terminal as it is: a C0 or
// C1 control (ESC, CSI and the bytes that start and end every escape
// sequence among them) or a bidirectional control, which reorders the
// text around it so that what is shown is not what is there. It is the
// one rule every printed path, error and screen follows.
func Unsafe(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}

// Printable makes text from a data file safe to put on a terminal. Control
// characters become visible pictures (ESC shows as ␛), so an escape sequence
// in the data is displayed, never obeyed; tabs and line breaks become spaces;
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
		case r == '\t' || r == '\n' || r == '\r':
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
