package data

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestLineBreaksInValues: a file and its copy with CRLF line endings give
// the same values, by either parser: a line break inside a multi-line
// string is "\n" (TOML lets a parser normalise it), in a string and in a
// list's items alike.
func TestLineBreaksInValues(t *testing.T) {
	lf := goodSource + strings.NewReplacer(
		`summary = "A co-operative."`, "summary = \"\"\"\nRuns care.\nSecond line.\n\"\"\"",
		`staff_groups = ["NHS staff"]`, "staff_groups = [\"\"\"NHS\nstaff\"\"\", '''council\nstaff''']",
	).Replace(goodMutual)
	crlf := strings.ReplaceAll(lf, "\n", "\r\n")
	var want []model.Mutual
	for _, src := range []string{lf, crlf} {
		for _, fast := range []bool{true, false} {
			r, ps, ok := decodeWith(context.Background(), "f.toml", src, nil, fast)
			if !ok || len(ps) > 0 || len(r.mutuals) != 1 {
				t.Fatalf("crlf %v, fast %v: %v %v", src == crlf, fast, ok, ps)
			}
			m := r.mutuals[0]
			if strings.Contains(m.Summary, "\r") || strings.Contains(strings.Join(m.StaffGroups, ""), "\r") {
				t.Errorf("crlf %v, fast %v: a CR kept: %q %q", src == crlf, fast, m.Summary, m.StaffGroups)
			}
			if want == nil {
				want = r.mutuals
			} else if !reflect.DeepEqual(r.mutuals, want) {
				t.Errorf("crlf %v, fast %v: %+v, want %+v", src == crlf, fast, r.mutuals, want)
			}
		}
	}
}
