package data

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// hostile is a family of files built to cost a parser much more than
// their size, at about n bytes.
type hostile struct {
	name string
	make func(n int) string
}

var hostileFamilies = []hostile{
	{"table header [a.a.a…]", func(n int) string { return "[" + strings.Repeat("a.", n/2) + "a]\n" }},
	{"array header [[a.a.a…]]", func(n int) string { return "[[" + strings.Repeat("a.", n/2) + "a]]\n" }},
	{"quoted header [\"a\".\"a\"…]", func(n int) string { return "[" + strings.Repeat(`"a".`, n/4) + "a]\n" }},
	{"dotted key a.a.a… = 1", func(n int) string { return strings.Repeat("a.", n/2) + "a = 1\n" }},
	{"inline tables x = {a={a=…}}", func(n int) string {
		return "x = " + strings.Repeat("{a=", n/4) + "1" + strings.Repeat("}", n/4) + "\n"
	}},
	{"dotted key in an inline table x = {a.a.a…=1}", func(n int) string { return "x = {" + strings.Repeat("a.", n/2) + "a=1}\n" }},
	{"arrays x = [[[…]]]", func(n int) string { return "x = " + strings.Repeat("[", n/2) + strings.Repeat("]", n/2) + "\n" }},
	{"arrays of inline tables x = [{a=[{a=…", func(n int) string {
		return "x = " + strings.Repeat("[{a=", n/6) + "1" + strings.Repeat("}]", n/6) + "\n"
	}},
	{"headers one level deeper each [a] [a.a] …", func(n int) string {
		var b strings.Builder
		for k := "a"; b.Len() < n; k += ".a" {
			fmt.Fprintf(&b, "[%s]\n", k)
		}
		return b.String()
	}},
	{"a key of n bytes", func(n int) string { return strings.Repeat("k", n) + " = 1\n" }},
	{"unclosed inline tables", func(n int) string { return "x = " + strings.Repeat("{a=", n/3) + "\n" }},
}

// shapeFamilies are wide files of keys and tables the format does not
// have, each within the depth bound: the full parser spent 50-240 times
// the file on them, so the shape refuses them before it runs.
var shapeFamilies = []hostile{
	{"wide dotted keys a0.b.c.d.e.f.g.h = 1", repeatLines("a%d.b.c.d.e.f.g.h = 1\n")},
	{"wide headers [a0.b.c.d.e.f.g.h]", repeatLines("[a%d.b.c.d.e.f.g.h]\n")},
	{"wide headers [a0.b]", repeatLines("[a%d.b]\n")},
	{"wide tables [t0] x=1", repeatLines("[t%d]\nx=1\n")},
	{"wide dotted keys in a [[mutual]]", func(n int) string { return "[[mutual]]\n" + repeatLines("a%d.b.c.d.e.f.g.h = 1\n")(n) }},
	{"wide unknown keys in a [[mutual]], not in the fast subset", func(n int) string { return "[[mutual]]\n" + repeatLines("k%d = 1.5\n")(n) }},
	{"wide sub-tables [[mutual.k0]]", func(n int) string { return "[[mutual]]\n" + repeatLines("[[mutual.k%d]]\n")(n) }},
	{"wide inline tables", func(n int) string { return "[[mutual]]\nsources = [" + strings.Repeat("{a=1},", n/6) + "]\n" }},
}

// repeatLines repeats format (with a counter) to about n bytes.
func repeatLines(format string) func(n int) string {
	return func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, format, i)
		}
		return b.String()
	}
}

// TestHostileNestingIsBounded: each family fails with a positioned problem,
// and the bytes a load allocates stay within a small multiple of the
// file's size, at 40 KB and at 200 KB (BurntSushi/toml alone takes
// 4-24 GB for these).
func TestHostileNestingIsBounded(t *testing.T) {
	for _, h := range append(hostileFamilies[:len(hostileFamilies):len(hostileFamilies)], shapeFamilies...) {
		t.Run(h.name, func(t *testing.T) {
			for _, n := range []int{40 << 10, 200 << 10} {
				src := h.make(n)
				var err error
				got := datatest.Allocated(func() { _, err = LoadBytes("hostile.toml", []byte(src)) })
				var le *LoadError
				if !errors.As(err, &le) || le.Problems[0].Line < 1 || le.Problems[0].Col < 1 {
					t.Fatalf("n=%d: want a positioned problem, got %.300v", n, err)
				}
				if limit := uint64(16*len(src) + 1<<20); got > limit {
					t.Errorf("n=%d: allocated %d bytes for a %d-byte file (limit %d): %.200s", n, got, len(src), limit, le.Problems[0].Message)
				}
			}
		})
	}
}
