package datatest

import (
	"fmt"
	"strings"
)

// Tiny returns n mutuals with only the required fields, each a
// few bytes, and the one source they cite: the file that costs the most
// memory per byte, for benchmarks of the loader's overhead per record.
func Tiny(n int) []byte {
	var b strings.Builder
	b.Grow(n*110 + 64)
	b.WriteString("[[source]]\nid = \"s\"\ntitle = \"S\"\n")
	for i := range n {
		fmt.Fprintf(&b, "[[mutual]]\nid = \"m%d\"\nname = \"N\"\nlocation = \"L\"\nservice_area = [\"a\"]\nstaff_groups = [\"g\"]\nsummary = \"S\"\nsources = [\"s\"]\n", i)
	}
	return []byte(b.String())
}
