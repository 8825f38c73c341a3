package format

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// TestPlainPrinted: the case. The Markdown comparison carried the
// tool's marks (• bullets, a ≠ differs column) and source ids in its
// cells, and there was no plain table to paste into a report. --plain
// gives one for compare, show and list, in Markdown and CSV: names as
// headings, values as text, no marks, no ids, the sources as numbered
// notes. Goldens, and for every mutual: no mark, no id in a cell, each
// note cited and each citation a note.
func TestPlainPrinted(t *testing.T) {
	ds := uitest.Pathfinders(t)
	three := uitest.Find(t, ds, "swindon", "leicester", "stockport")
	tables := map[string]Table{
		"compare-plain": PlainComparison(ds, model.Compare(three, model.CompareFields(), ds)),
		"show-plain":    PlainRecord(ds, three[0]),
		"list-plain":    PlainList(ds, three),
	}
	for name, tab := range tables {
		for _, f := range []Format{Markdown, CSV} {
			var buf bytes.Buffer
			if err := (Output{w: &buf, Format: f}).PrintTable(tab); err != nil {
				t.Fatal(err)
			}
			uitest.Golden(t, *update, name+"."+string(f), buf.Bytes())
		}
	}
	all := uitest.AllMutuals(ds)
	for _, m := range all {
		checkPlain(t, ds, m.ID, PlainRecord(ds, m))
	}
	checkPlain(t, ds, "every mutual compared", PlainComparison(ds, model.Compare(all, model.CompareFields(), ds)))
	checkPlain(t, ds, "the list", PlainList(ds, all))
}

var refs = regexp.MustCompile(`\[(\d+(?:, \d+)*)\]`)

func checkPlain(t *testing.T, ds *model.Dataset, what string, tab Table) {
	t.Helper()
	var md bytes.Buffer
	if err := (Output{w: &md, Format: Markdown}).PrintTable(tab); err != nil {
		t.Fatal(err)
	}
	table, _, _ := strings.Cut(md.String(), "\n\n")
	for _, mark := range []string{render.DiffersGlyph, render.SameGlyph, render.UnknownGlyph, "•", "◐", "**"} {
		if strings.Contains(table, mark) {
			t.Errorf("%s: the table holds the mark %q:\n%s", what, mark, table)
		}
	}
	for _, s := range ds.Sources {
		if strings.Contains(table, s.ID) {
			t.Errorf("%s: the table holds the source id %q", what, s.ID)
		}
	}
	cited := map[int]bool{}
	for _, row := range tab.Rows {
		for _, c := range row {
			for _, it := range c {
				for _, r := range it.Refs {
					cited[r] = true
				}
			}
		}
	}
	for _, m := range refs.FindAllStringSubmatch(table, -1) {
		for _, n := range strings.Split(m[1], ", ") {
			k, _ := strconv.Atoi(n)
			if k < 1 || k > len(tab.Notes) {
				t.Errorf("%s: the table cites [%d], which no note is", what, k)
			}
		}
	}
	for i, n := range tab.Notes {
		if n.N != i+1 || !cited[n.N] {
			t.Errorf("%s: note %d (numbered %d) is cited by no cell", what, i+1, n.N)
		}
	}
	var c bytes.Buffer
	if err := (Output{w: &c, Format: CSV}).PrintTable(tab); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll() // every row as wide as the first
	if err != nil {
		t.Errorf("%s: the CSV does not read back: %v", what, err)
	}
	if len(rows) != 1+len(tab.Rows)+len(tab.Notes) {
		t.Errorf("%s: %d CSV rows, want headings, %d rows and %d notes", what, len(rows), len(tab.Rows), len(tab.Notes))
	}
}
