package model

import (
	"strings"
	"testing"
	"unicode"
)

// TestUnsafe: the one predicate covers every C0 and C1 control, DEL and
// every bidirectional control Unicode names, and nothing a name needs.
func TestUnsafe(t *testing.T) {
	for _, r := range []rune{0, '\a', '\t', '\n', '\r', 0x1b, 0x7f, 0x80, 0x85, 0x9b, 0x9f,
		0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069} {
		if !Unsafe(r) {
			t.Errorf("Unsafe(%U) = false", r)
		}
	}
	for _, r := range []rune{' ', 'a', 'é', 0xa0, 0x200d, 0xfe0f, '␛', '…', '界', 0x1f469} {
		if Unsafe(r) {
			t.Errorf("Unsafe(%U) = true", r)
		}
	}
}

// TestPrintableIsSafe: for every rune Unicode has, Printable's output holds
// no rune the predicate rejects, and keeps every rune it accepts.
func TestPrintableIsSafe(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := "a" + string(r) + "b"
		got := Printable(s)
		if i := strings.IndexFunc(got, Unsafe); i >= 0 {
			t.Fatalf("Printable(%q) = %q: unsafe at %d", s, got, i)
		}
		if !Unsafe(r) && !isVariationSelector(r) && got != s {
			t.Fatalf("Printable(%q) = %q: a safe rune changed", s, got)
		}
	}
}
