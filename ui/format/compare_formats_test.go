package format

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// TestOneComparisonEveryFormat: for any fields asked (the defaults,
// --fields, --all), text, Markdown, CSV and JSON print the same rows in
// the same order, and each row's verdict (same, differs, unknown for all)
// is the same in each.
func TestOneComparisonEveryFormat(t *testing.T) {
	ds := uitest.Pathfinders(t)
	sets := map[string][]string{
		"default": model.DefaultCompareFields, "--fields mentors,staff_groups": {"mentors", "staff_groups"},
		"--all": model.CompareFields(), "--fields events,status,outcome": {"events", "status", "outcome"},
	}
	pairs := [][]string{{"swindon", "leicester"}, {"lambeth", "mansfield"}, {"newton-rigg", "blackpool", "havering"}}
	for name, fields := range sets {
		for _, refs := range pairs {
			c := model.Compare(uitest.Find(t, ds, refs...), fields, ds)
			want := c.Table()
			what := name + " " + strings.Join(refs, ",")
			csvRows := printedCSV(t, c)
			jsonRows := printedJSON(t, c).Rows
			md := ComparisonMarkdown(c)
			text := ansi.Strip(strings.Join(render.CompareLines(c, 200, render.Styles{}), "\n"))
			if len(csvRows) != len(want) || len(jsonRows) != len(want) {
				t.Fatalf("%s: %d rows, CSV %d, JSON %d", what, len(want), len(csvRows), len(jsonRows))
			}
			for i, r := range want {
				if csvRows[i][0] != r.Field || csvRows[i][3] != r.Verdict || jsonRows[i].Field != r.Field || jsonRows[i].Verdict != r.Verdict {
					t.Errorf("%s: row %d is %s (%s); CSV %v, JSON %s (%s)", what, i, r.Field, r.Verdict, csvRows[i][:4], jsonRows[i].Field, jsonRows[i].Verdict)
				}
				label := render.RowLabel(r)
				if r.Field == model.PoolField && r.Same {
					label = "Mentor pool"
				}
				mdLine := slices.IndexFunc(md, func(l string) bool { return strings.Contains(l, "**"+label+"**") })
				if mdLine < 0 {
					t.Errorf("%s: Markdown has no row %q:\n%s", what, label, strings.Join(md, "\n"))
				} else if label != "Mentor pool" && !strings.HasSuffix(md[mdLine], verdictMark(r)+" |") {
					t.Errorf("%s: Markdown says %q of %s, want %q", what, md[mdLine], r.Field, r.Verdict)
				}
				if !strings.Contains(text, render.RowLabel(r)) {
					t.Errorf("%s: text has no row %q:\n%s", what, label, text)
				}
			}
		}
	}
}

func verdictMark(r model.Row) string {
	switch r.Verdict {
	case model.VerdictUnknown:
		return render.UnknownGlyph + " " + render.UnknownForAll(r)
	case model.VerdictSame:
		return render.SameGlyph + " same"
	}
	return render.DiffersGlyph + " differs"
}

func printedCSV(t *testing.T, c model.Comparison) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := NewOutput(&buf, true, 100, CSV).PrintComparison(c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Under the ids that head its columns, the first row names the
	// mutuals, for people: it is no field of the comparison.
	if len(rows) < 2 || rows[1][0] != "name" || !slices.Equal(rows[1][4:4+len(c.Mutuals)], names(c)) {
		t.Fatalf("the CSV's first row does not name the mutuals: %q", rows)
	}
	return rows[2:]
}

func names(c model.Comparison) []string {
	var out []string
	for _, m := range c.Mutuals {
		out = append(out, m.Name)
	}
	return out
}

func printedJSON(t *testing.T, c model.Comparison) comparisonDoc {
	t.Helper()
	var buf bytes.Buffer
	if err := NewOutput(&buf, true, 100, JSON).PrintComparison(c); err != nil {
		t.Fatal(err)
	}
	var doc comparisonDoc
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestReadingsInEveryFormat: every reading on a field a view shows reaches
// it, with its sources: Swindon's two legal forms and Newton Rigg's two
// accounts of its takeover in each comparison format, in show and in
// list; each event of a comparison keeps its sources.
func TestReadingsInEveryFormat(t *testing.T) {
	ds := uitest.Pathfinders(t)
	ms := uitest.Find(t, ds, "swindon", "newton-rigg")
	c := model.Compare(ms, []string{"events", "legal_form"}, ds)
	var readings []model.Reading
	for _, m := range ms {
		readings = append(readings, m.Readings...)
	}
	outputs := map[string]string{}
	for _, f := range []Format{Text, Markdown, CSV, JSON} {
		var cmp, list, show bytes.Buffer
		o := NewOutput(&cmp, true, 200, f)
		if err := o.PrintComparison(c); err != nil {
			t.Fatal(err)
		}
		if err := NewOutput(&list, true, 200, f).PrintList(ds, ms); err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			if err := NewOutput(&show, true, 200, f).PrintRecord(ds, m); err != nil {
				t.Fatal(err)
			}
		}
		outputs["compare "+string(f)] = cmp.String()
		outputs["show "+string(f)] = show.String()
		if f == CSV || f == JSON {
			outputs["list "+string(f)] = list.String()
		}
	}
	for what, out := range outputs {
		out = strings.Join(strings.Fields(ansi.Strip(out)), " ")
		for _, r := range readings {
			if !strings.Contains(out, strings.Join(strings.Fields(r.Value), " ")) || !strings.Contains(out, r.Sources[0]) {
				t.Errorf("%s: the %s reading %q (%s) is missing", what, r.Field, r.Value, r.Sources[0])
			}
		}
		if strings.HasPrefix(what, "compare") {
			for _, e := range ms[0].Events {
				if !strings.Contains(out, e.Sources[len(e.Sources)-1]) {
					t.Errorf("%s: the event %s %s lost its sources", what, e.Date, e.Kind)
				}
			}
		}
	}
}
