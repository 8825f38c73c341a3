package format

import (
	"bytes"
	"flag"
	"strconv"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestPrinted holds every printed format of list, show and compare to a
// golden file.
func TestPrinted(t *testing.T) {
	ds := uitest.Pathfinders(t)
	ix := model.NewIndex(ds)
	var health []*model.Mutual
	for _, i := range ix.Search(model.ParseQuery("service:health")) {
		health = append(health, &ds.Mutuals[i])
	}
	pair := uitest.Find(t, ds, "swindon", "leicester")
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
				uitest.Golden(t, *update, name+"."+string(f), buf.Bytes())
			})
		}
		print("list", 80, func(o Output) error { return o.PrintList(ds, health) })
		print("show-westminster", 80, func(o Output) error { return o.PrintRecord(ds, uitest.Find(t, ds, "westminster")[0]) })
		print("show-hammersmith-fulham", 80, func(o Output) error { return o.PrintRecord(ds, uitest.Find(t, ds, "hammersmith-fulham")[0]) })
		print("compare", 80, func(o Output) error {
			return o.PrintComparison(model.Compare(pair, model.DefaultCompareFields, ds))
		})
	}
	for _, w := range []int{50, 120} {
		name := "compare-all-" + strconv.Itoa(w) + ".text"
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			c := model.Compare(uitest.Find(t, ds, "north-east-essex", "swindon", "kensington"), model.CompareFields(), ds)
			if err := NewOutput(&buf, false, w, Text).PrintComparison(c); err != nil {
				t.Fatal(err)
			}
			uitest.Golden(t, *update, name, buf.Bytes())
		})
	}
}

// TestCompareFitsEveryWidth: at any width every printed line fits and no
// value is lost.
func TestCompareFitsEveryWidth(t *testing.T) {
	ds := uitest.Pathfinders(t)
	c := model.Compare(uitest.Find(t, ds, "north-east-essex", "swindon", "westminster", "leicester"), model.CompareFields(), ds)
	for _, w := range uitest.Widths(20, 200) {
		lines := render.CompareLines(c, w, render.NewStyles(true))
		for _, l := range lines {
			if render.Width(l) > w {
				t.Fatalf("width %d: line of %d cells: %q", w, render.Width(l), l)
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
