package model

import (
	"strings"
	"testing"
)

func TestNeedle(t *testing.T) {
	texts := []string{"", "a", "health", "the healthy health", "hhhhhealth", "xhealt", "héalth café", "zz", "abczq", "q"}
	terms := []string{"a", "he", "health", "lth", "zq", "q", "é", "h h", "ealth c", "zzz"}
	for _, s := range texts {
		for _, term := range terms {
			if got, want := newNeedle(term).in(s), strings.Contains(s, term); got != want {
				t.Errorf("%q in %q: %v, want %v", term, s, got, want)
			}
		}
	}
}

func FuzzNeedle(f *testing.F) {
	f.Add("health", "the healthy")
	f.Fuzz(func(t *testing.T, term, s string) {
		if term == "" {
			return
		}
		if got, want := newNeedle(term).in(s), strings.Contains(s, term); got != want {
			t.Fatalf("%q in %q: %v, want %v", term, s, got, want)
		}
	})
}
