// Package uitest holds what the tests of ui/render, ui/format, ui/browser
// and ui/cli share: the built-in dataset, golden files, and the hostile
// strings a data file could use to act on a terminal. Only tests import it.
package uitest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// Pathfinders is the built-in dataset.
func Pathfinders(t testing.TB) *model.Dataset {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// Find looks mutuals up by reference, failing the test when one is missing.
func Find(t testing.TB, ds *model.Dataset, refs ...string) []*model.Mutual {
	t.Helper()
	var ms []*model.Mutual
	for _, r := range refs {
		m, err := ds.Find(r)
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, m)
	}
	return ms
}

// AllMutuals is every mutual of ds, in its order.
func AllMutuals(ds *model.Dataset) []*model.Mutual {
	ms := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		ms[i] = &ds.Mutuals[i]
	}
	return ms
}

// Golden compares got with testdata/golden/name of the package under test,
// or rewrites it when update is set (each package's -update flag).
func Golden(t *testing.T, update bool, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test with -update to accept):\n%s", name, got)
	}
}

// Attacks are strings a data file could use to act on a terminal.
var Attacks = []string{
	"\x1b[31mred\x1b[0m", "\x1b[2J\x1b[H", "\x1b]0;title\x07", "\x1b]52;c;cGF5bG9hZA==\x07",
	"\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "\x9b31m", "\u009b31m", "\u202egnp.exe", "nul\x00bell\x07",
	// terminal queries, whose answers the terminal types as if the user had
	"\x1b[6n", "\x1bP+q544e\x1b\\",
	"\x1b[?1049h", "\x1bc", "\u009d0;C1 title\u009c", "\u0085next", "a\u2066b\u2069c", "\u061c\u200e\u200f",
	"tab\tcr\rlf\n", "\x7fdel\bback",
}

// HostileDataset puts every attack in every field of a mutual of its own.
func HostileDataset() *model.Dataset {
	var ms []model.Mutual
	for i, a := range Attacks {
		ms = append(ms, model.Mutual{ID: "m" + string(rune('a'+i)), Name: "name " + a, Location: a,
			ServiceArea: []string{a}, StaffGroups: []string{a}, Mentors: []string{a}, LegalForm: a,
			Summary: a, Sources: []string{"s"}, Events: []model.Event{{Date: "2011", Kind: "other", Text: a, Sources: []string{"s"}}}})
	}
	return model.NewDataset("hostile", nil, ms, []model.Source{{ID: "s", Title: Attacks[1], URL: Attacks[4]}}).
		WithProgramme(model.Programme{ID: "p", Name: Attacks[2], Pools: []model.Pool{{Mentors: []string{Attacks[0]}}}})
}

// sgr is a Select Graphic Rendition sequence: the only escape sequence
// the program writes to stdout or stderr itself.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// UnsafeText says what in printed text could act on the terminal, or "":
// once the styles are removed, any escape, C0 or C1 control other than a
// line break, any bidi control, or invalid UTF-8.
func UnsafeText(s string) string {
	plain := sgr.ReplaceAllString(s, "")
	if i := strings.IndexFunc(plain, func(r rune) bool { return r != '\n' && model.Unsafe(r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(plain[i:])
		return fmt.Sprintf("%U at byte %d, in %q", r, i, plain[max(i-20, 0):min(i+20, len(plain))])
	}
	if !utf8.ValidString(plain) {
		return "invalid UTF-8"
	}
	return ""
}
