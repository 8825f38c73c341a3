package ui

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/golden/name, or rewrites it with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
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
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./ui -update to accept):\n%s", name, got)
	}
}

func pathfinders(t testing.TB) *model.Dataset {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func find(t testing.TB, ds *model.Dataset, refs ...string) []*model.Mutual {
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

// TestPrinted holds every printed format of list, show and compare to a
// golden file.
func TestPrinted(t *testing.T) {
	ds := pathfinders(t)
	ix := model.NewIndex(ds)
	var health []*model.Mutual
	for _, i := range ix.Search(model.ParseQuery("service:health")) {
		health = append(health, &ds.Mutuals[i])
	}
	pair := find(t, ds, "swindon", "leicester")
	for _, f := range Formats {
		print := func(name string, width int, do func(Output) error) {
			t.Run(name+"."+string(f), func(t *testing.T) {
				var buf bytes.Buffer
				if err := do(NewOutput(&buf, false, width, f)); err != nil {
					t.Fatal(err)
				}
				if bytes.ContainsRune(buf.Bytes(), 0x1b) {
					t.Error("printed output to a non-terminal holds an escape sequence")
				}
				golden(t, name+"."+string(f), buf.Bytes())
			})
		}
		print("list", 80, func(o Output) error { return o.PrintList(ds, health) })
		print("show-westminster", 80, func(o Output) error { return o.PrintRecord(ds, find(t, ds, "westminster")[0]) })
		print("compare", 80, func(o Output) error {
			return o.PrintComparison(model.Compare(pair, model.DefaultCompareFields, ds.Programme))
		})
	}
	for _, w := range []int{50, 120} {
		name := "compare-all-" + strconv.Itoa(w) + ".text"
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			c := model.Compare(find(t, ds, "north-east-essex", "swindon", "kensington"), model.CompareFields(), ds.Programme)
			if err := NewOutput(&buf, false, w, Text).PrintComparison(c); err != nil {
				t.Fatal(err)
			}
			golden(t, name, buf.Bytes())
		})
	}
}

// TestCompareFitsEveryWidth: at any width every printed line fits and no
// value is lost.
func TestCompareFitsEveryWidth(t *testing.T) {
	ds := pathfinders(t)
	c := model.Compare(find(t, ds, "north-east-essex", "swindon", "westminster", "leicester"), model.CompareFields(), ds.Programme)
	for w := 20; w <= 200; w++ {
		lines := CompareLines(c, w, NewStyles(true))
		for _, l := range lines {
			if width(l) > w {
				t.Fatalf("width %d: line of %d cells: %q", w, width(l), l)
			}
		}
		text := strings.Join(lines, " ")
		for _, word := range []string{"Inclusion", "SEQOL", "KPMG", "Godrevy", "unknown"} {
			if !strings.Contains(text, word) {
				t.Fatalf("width %d: %q was lost", w, word)
			}
		}
	}
}
