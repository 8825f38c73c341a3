package format

import (
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// childrens compares the two children's services pathfinders, which share
// their service area, staff group and one partner, with the youth
// services one, which shares none of those.
func childrens(t *testing.T, n int, fields ...string) model.Comparison {
	ds := uitest.Pathfinders(t)
	ms := uitest.Find(t, ds, "hammersmith-fulham", "westminster", "kensington-chelsea")[:n]
	return model.Compare(ms, fields, ds)
}

// lineWith is the one line of lines holding every text, colour stripped.
func lineWith(t *testing.T, lines []string, texts ...string) string {
	t.Helper()
	var found []string
	for _, l := range lines {
		plain := ansi.Strip(l)
		if holdsAll(plain, texts) {
			found = append(found, plain)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d lines hold %q, want 1:\n%s", len(found), texts, ansi.Strip(strings.Join(lines, "\n")))
	}
	return found[0]
}

func TestCompareMarksItems(t *testing.T) {
	st := render.NewStyles(true)
	three := render.CompareLines(childrens(t, 3, "service_area", "partners", model.PoolField), 120, st)
	lineWith(t, three, "≠ service area", "│ ◐ children's services ", "│ ◐ children's services ", "│ • youth support services")
	lineWith(t, three, "≠ partners", "│ • possible commercial partners ", "│ ◐ neighbouring local authorities ", "│ unknown")
	lineWith(t, three, "items: ◐ shared by some   • only in this one")
	if text := ansi.Strip(strings.Join(three, "\n")); strings.Contains(text, "= John Lewis") || strings.Contains(text, "shared by all") {
		t.Errorf("a row the same for all is shown once, its items unmarked:\n%s", text)
	}

	two := render.CompareLines(childrens(t, 2, "partners", "sources"), 120, st)
	lineWith(t, two, "≠ partners", "│ • possible commercial partners ", "│ = neighbouring local authorities")
	lineWith(t, two, "│ = gov-press-2010 ", "│ = gov-press-2010")
	lineWith(t, two, "items: = in both   • only in this one")
	if !strings.Contains(strings.Join(two, "\n"), st.SharedByAll.Render("=")+" ") {
		t.Error("an item shared by all should be coloured as well as marked")
	}
}

func TestCompareMarksNothingWithoutLists(t *testing.T) {
	for _, fields := range [][]string{{"location", "outcome"}, {"wave", model.PoolField}} {
		// the second: a list the same for the two, so shown once
		lines := render.CompareLines(childrens(t, 2, fields...), 100, render.NewStyles(true))
		if text := ansi.Strip(strings.Join(lines, "\n")); strings.Contains(text, "items:") {
			t.Errorf("%v: no marked item, so no item legend:\n%s", fields, text)
		}
	}
}

func TestCompareMarksUnknownAsNothing(t *testing.T) {
	ds := uitest.Pathfinders(t)
	c := model.Compare(uitest.Find(t, ds, "havering", "leicester"), []string{"staff_groups"}, ds)
	line := lineWith(t, render.CompareLines(c, 80, render.NewStyles(true)), "staff groups")
	if !strings.Contains(line, "│   unknown ") || !strings.Contains(line, "│ • NHS employees") {
		t.Errorf("unknown is neither shared nor unique: %q", line)
	}
}

// TestCompareMarksKeepColumns: a marked item's wrapped lines hang under its
// text, and every column separator stays in its place.
func TestCompareMarksKeepColumns(t *testing.T) {
	for _, w := range []int{60, 80, 97, 120} {
		// "partners" alone: the label column must fit "legal form" too
		for _, fields := range [][]string{{"staff_groups", "partners", "sources"}, {"partners"}} {
			checkColumns(t, render.CompareLines(childrens(t, 3, fields...), w, render.NewStyles(true)))
		}
	}
	lines := render.CompareLines(childrens(t, 3, "staff_groups"), 80, render.NewStyles(true))
	lineWith(t, lines, "≠ staff groups │ ◐ council ", "│ • council youth")
	lineWith(t, lines, "│   children's ", "│   service employees")
}

// checkColumns fails unless every column separator is at the same cell in
// every line that has them.
func checkColumns(t *testing.T, lines []string) {
	t.Helper()
	var seps []int
	for _, l := range lines {
		plain := ansi.Strip(l)
		if !strings.Contains(plain, "│") {
			continue
		}
		var at []int
		cell := 0
		for _, part := range strings.Split(plain, "│")[:strings.Count(plain, "│")] {
			cell += ansi.StringWidth(part)
			at = append(at, cell)
			cell++ // the separator
		}
		if seps == nil {
			seps = at
		}
		if !reflect.DeepEqual(at, seps) {
			t.Fatalf("separators at %v, want %v: %q", at, seps, plain)
		}
	}
}

func TestCompareMarksStacked(t *testing.T) {
	c := childrens(t, 3, "partners", model.PoolField)
	lines := render.CompareLines(c, 40, render.NewStyles(true))
	lineWith(t, lines, "1  • possible commercial partners; ◐")
	lineWith(t, lines, "2  ◐ neighbouring local authorities")
	lineWith(t, lines, "items: ◐ shared by some   • only in")
	md := strings.Join(ComparisonMarkdown(c), "\n")
	for _, text := range []string{strings.Join(lines, "\n"), md} {
		if !strings.Contains(text, "John Lewis") || strings.Contains(text, "= John Lewis") {
			t.Errorf("a row the same for all is unmarked:\n%s", text)
		}
	}
}

func TestComparePrintedMarks(t *testing.T) {
	c := childrens(t, 3, "location", "partners")
	md := strings.Join(ComparisonMarkdown(c), "\n")
	for _, want := range []string{
		"| **partners** | • possible commercial partners; ◐ neighbouring local authorities; • Prospects Services (minority partner, 24.9%) | ◐ neighbouring local authorities | unknown | ≠ differs |",
		"\n\nItems: ◐ shared by some, • only in this one.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}

	var buf strings.Builder
	if err := (Output{w: &buf, Format: CSV}).writeCSV(comparisonCSV(c)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"field", "label", "same", "verdict", "hammersmith-fulham", "westminster", "kensington-chelsea", "hammersmith-fulham_shares", "westminster_shares", "kensington-chelsea_shares"},
		{"name", "name", "false", "", "Hammersmith and Fulham children's services", "Westminster children's services", "Kensington and Chelsea youth services", "", "", ""},
		{"location", "location", "false", "differs", "Hammersmith and Fulham, London", "Westminster, London", "Kensington and Chelsea", "", "", ""},
		{"legal_form", "legal form", "false", "differs", "", "arm's length management organisation (article-001); arms-length mutual organisation (article-002); arm's-length organisation (localis-lgc-2010)", "", "", "", ""},
		{"partners", "partners", "false", "differs", "possible commercial partners; neighbouring local authorities; Prospects Services (minority partner, 24.9%)", "neighbouring local authorities", "", "one; some; one", "some", ""},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("CSV:\n%q\nwant\n%q", rows, want)
	}

	b, err := json.Marshal(comparisonJSON(c))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Rows []map[string]any }
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	for _, r := range doc.Rows {
		for _, k := range []string{"field", "label", "values", "same"} {
			if _, ok := r[k]; !ok {
				t.Errorf("JSON row %v lost the key %q", r["field"], k)
			}
		}
		shares, ok := r["shares"]
		if r["field"] == "location" && ok {
			t.Errorf("a single-valued row has shares: %v", shares)
		}
		if r["field"] == "partners" && !reflect.DeepEqual(shares, []any{[]any{"one", "some", "one"}, []any{"some"}, []any{}}) {
			t.Errorf("partners shares %v", shares)
		}
	}
}

func holdsAll(s string, texts []string) bool {
	for _, t := range texts {
		if !strings.Contains(s, t) {
			return false
		}
	}
	return true
}
