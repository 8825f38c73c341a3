package format

import (
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// listCSV is one row a mutual. The legal form gives every reading with its
// sources, as show does; the last column holds the readings of the other
// fields, so that no version a source gives is dropped.
func listCSV(ms []*model.Mutual) [][]string {
	out := [][]string{{"id", "name", "location", "region", "wave", "service_area", "staff_groups", "mentors", "legal_form", "outcome", "programme", "status", "status_as_of", "readings"}}
	for _, m := range ms {
		st := m.Status()
		out = append(out, []string{m.ID, m.Name, m.Location, m.Region, m.WaveText(), semi(m.ServiceArea), semi(m.StaffGroups), semi(m.Mentors),
			semi(model.Shown(m, "legal_form")), m.Outcome, m.Programme, st.Value, st.AsOf, semi(otherReadings(m))})
	}
	return out
}

func otherReadings(m *model.Mutual) []string {
	var out []string
	for _, r := range m.Readings {
		if r.Field != "legal_form" {
			out = append(out, r.Field+": "+model.ReadingText(r))
		}
	}
	return out
}

func recordCSV(ds *model.Dataset, m *model.Mutual) [][]string {
	out := [][]string{{"field", "value"}}
	for _, f := range model.Fields {
		out = append(out, []string{f.Key, semi(model.Shown(m, f.Key))})
	}
	pool, _ := ds.PoolOf(m)
	return append(out, []string{model.PoolField, semi(pool.Mentors)})
}

// comparisonCSV has a column of values per mutual and then, so that
// readers of those columns need not change, a column per mutual marking
// each of its items in the same order: "all; one". The columns are
// headed by ids, for programs; the first row names the mutuals, for
// people.
func comparisonCSV(c model.Comparison) [][]string {
	head := []string{"field", "label", "same", "verdict"}
	for _, m := range c.Mutuals {
		head = append(head, m.ID)
	}
	for _, m := range c.Mutuals {
		head = append(head, m.ID+"_shares")
	}
	out := [][]string{head}
	names := []string{"name", "name", "false", ""}
	for _, m := range c.Mutuals {
		names = append(names, m.Name)
	}
	out = append(out, append(names, make([]string, len(c.Mutuals))...))
	for _, r := range c.Table() {
		line := []string{r.Field, r.Label, fmt.Sprint(r.Same), r.Verdict}
		for _, v := range r.Values {
			line = append(line, semi(v))
		}
		for i := range c.Mutuals {
			line = append(line, semiShares(r, i))
		}
		out = append(out, line)
	}
	return out
}

func semiShares(r model.Row, col int) string {
	if col >= len(r.Shares) {
		return ""
	}
	words := make([]string, len(r.Shares[col]))
	for i, s := range r.Shares[col] {
		words[i] = string(s)
	}
	return semi(words)
}

// csvCell makes a value safe to open in a spreadsheet. A cell that starts
// with =, +, -, @, tab or carriage return is run as a formula by Excel,
// LibreOffice and Google Sheets, so a data file could make a reader's
// spreadsheet fetch a link or run a command (OWASP: CSV injection); a
// leading apostrophe makes it text, and the spreadsheet does not show it.
// Spreadsheets skip leading spaces (and some, invisible characters) before
// the formula, so the character that counts is the first that shows.
func csvCell(s string) string {
	p := model.Printable(s)
	if s != "" && (s[0] == '\t' || s[0] == '\r') || startsFormula(p) {
		p = "'" + p
	}
	return p
}

// startsFormula reports whether the first character of s that shows is
// one that starts a formula.
func startsFormula(s string) bool {
	rest := strings.TrimLeftFunc(s, func(r rune) bool { return model.Blank(string(r)) })
	return rest != "" && strings.IndexByte("=+-@", rest[0]) >= 0
}

func semi(v []string) string { return render.JoinItems(v) }

func (o Output) writeCSV(rows [][]string) error {
	w := csv.NewWriter(o.w)
	for _, r := range rows {
		for i := range r {
			r[i] = csvCell(r[i])
		}
		if err := w.Write(r); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

// JSON
