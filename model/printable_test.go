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
		0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069} {
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

// TestPlainASCII8 checks the eight-at-once test against the byte-wise one
// for every byte in every position.
func TestPlainASCII8(t *testing.T) {
	base := []byte("abcdefgh")
	for pos := range 8 {
		for c := range 256 {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			want := c >= 0x20 && c < 0x7f
			if got := plainASCII8(string(b)); got != want {
				t.Fatalf("plainASCII8(%q) = %v, want %v", b, got, want)
			}
		}
	}
	edges := []byte{0, 0x1f, 0x20, 'a', 0x7e, 0x7f, 0x80, 0xc3, 0xff}
	b := make([]byte, 8)
	for n := range 1 << 20 { // random mixes of the edges, borrows and carries between them
		want := true
		for i := range b {
			b[i] = edges[(n*7919+i*104729)>>(i%5)%len(edges)]
			want = want && b[i] >= 0x20 && b[i] < 0x7f
		}
		if got := plainASCII8(string(b)); got != want {
			t.Fatalf("plainASCII8(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestLineSeparatorsAreSpaces: U+2028 and U+2029 break lines as \n does
// (in terminals, editors and JSON-reading tools), so they become spaces
// like it.
func TestLineSeparatorsAreSpaces(t *testing.T) {
	for _, s := range []string{"a\u2028b", "a\u2029b", "a\nb"} {
		if got := Printable(s); got != "a b" {
			t.Errorf("Printable(%q) = %q, want \"a b\"", s, got)
		}
	}
}
