package format

import (
	"slices"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// Table is a report's table, what --plain prints for pasting into a
// report: headings (the mutuals' names, or the list's columns), values as
// text with none of the tool's marks (≠ = • ◐ ?) and no ids, and the
// sources the cells cite as numbered notes under it.
type Table struct {
	Head  []string
	Rows  [][]Cell
	Notes []Note
	// Pool is the mentor pool when the table shows it and it is the same
	// for every mutual: Markdown says it once, under the table.
	Pool Cell
}

// Cell is one table cell: items joined by "; ", each with the numbers
// of the notes it cites.
type Cell []Item

// Item is one value of a cell and the notes that cite it.
type Item struct {
	Text string
	Refs []int
}

// Note is a numbered source: its citation and address.
type Note struct {
	N        int
	Citation string
	URL      string
}

func text(s string) Cell { return Cell{{Text: s}} }

// notes numbers sources in the order a table first cites them.
type notes struct {
	ds   *model.Dataset
	list []Note
	at   map[string]int
}

func newNotes(ds *model.Dataset) *notes { return &notes{ds: ds, at: map[string]int{}} }

// refs is the note numbers of the sources ids, numbering new ones.
func (n *notes) refs(ids []string) []int {
	var out []int
	for _, id := range ids {
		k, ok := n.at[id]
		if !ok {
			s, _ := n.ds.Source(id)
			k = len(n.list) + 1
			n.at[id] = k
			cite := render.SourceCitation(s)
			if s.ID == "" {
				cite = "a source the data does not define"
			}
			n.list = append(n.list, Note{N: k, Citation: cite, URL: s.URL})
		}
		out = append(out, k)
	}
	return out
}

// plainCell is what m records for the field key, as text: every value,
// every reading with the sources that give it, each event and a stated
// status with theirs, "unknown" where no source gives one. It shows what
// model.Shown shows, with note numbers where Shown gives source ids.
func (n *notes) plainCell(ds *model.Dataset, m *model.Mutual, key string) Cell {
	switch key {
	case model.PoolField:
		pool, ok := ds.PoolOf(m)
		if !ok || len(pool.Mentors) == 0 {
			return text("none offered")
		}
		return Cell{{Text: pool.Offered() + ", not assigned: " + strings.Join(pool.Mentors, ", "), Refs: n.refs(pool.Sources)}}
	case "status":
		st := m.Status()
		return Cell{{Text: st.String(), Refs: n.refs(st.Sources)}}
	case "sources":
		return Cell{{Refs: n.refs(m.Cited())}}
	case "programme": // its name, not its id
		if p, ok := ds.ProgrammeOf(m); ok {
			return text(p.Label())
		}
		return text("none")
	}
	var c Cell
	switch key {
	case "events":
		for _, e := range m.Events {
			c = append(c, Item{Text: e.Date + " " + e.Kind + ": " + e.Text, Refs: n.refs(e.Sources)})
		}
	case "legal_form":
		// the record's own form, unless a reading gives it, then each
		// reading with its sources
		rs := m.ReadingsOf("legal_form")
		if m.LegalForm != "" && !slices.ContainsFunc(rs, func(r model.Reading) bool { return r.Value == m.LegalForm }) {
			c = append(c, Item{Text: m.LegalForm})
		}
		for _, r := range rs {
			c = append(c, Item{Text: r.Value, Refs: n.refs(r.Sources)})
		}
		return orUnknown(c)
	default:
		f, _ := model.FieldByKey(key)
		for _, v := range f.Values(m) {
			c = append(c, Item{Text: v})
		}
	}
	field := key
	if key == "events" {
		field = "event" // as readings name it
	}
	for _, r := range m.ReadingsOf(field) {
		c = append(c, Item{Text: "reading: " + r.Value, Refs: n.refs(r.Sources)})
	}
	if len(c) == 0 && key == "mentors" {
		return text("none named")
	}
	return orUnknown(c)
}

// sameCells reports whether every cell says the same.
func sameCells(cells []Cell) bool {
	for _, c := range cells[1:] {
		if !slices.EqualFunc(c, cells[0], func(a, b Item) bool { return a.Text == b.Text && slices.Equal(a.Refs, b.Refs) }) {
			return false
		}
	}
	return true
}

func orUnknown(c Cell) Cell {
	if len(c) == 0 {
		return text("unknown")
	}
	return c
}

// label is how a table names a field in its first column.
func label(key string) string {
	if key == model.PoolField {
		return "mentor pool (offered by the programme)"
	}
	f, _ := model.FieldByKey(key)
	return f.Label
}

// PlainComparison is a comparison as a report's table: a column per
// mutual headed by its name, a row per field (location and legal form
// first), and the sources each mutual cites last, so that every table a
// report takes says where its facts come from.
func PlainComparison(ds *model.Dataset, c model.Comparison) Table {
	keys := []string{"location", "legal_form"}
	for _, r := range c.Rows {
		if !slices.Contains(keys, r.Field) {
			keys = append(keys, r.Field)
		}
	}
	if !slices.Contains(keys, "sources") {
		keys = append(keys, "sources")
	}
	return plainColumns(ds, c.Mutuals, keys)
}

// PlainRecord is one mutual as a report's table: a column headed by its
// name, a row per field it can record.
func PlainRecord(ds *model.Dataset, m *model.Mutual) Table {
	var keys []string
	for _, f := range model.Fields {
		if f.Key != "id" && f.Key != "name" {
			keys = append(keys, f.Key)
		}
	}
	return plainColumns(ds, []*model.Mutual{m}, keys)
}

func plainColumns(ds *model.Dataset, ms []*model.Mutual, keys []string) Table {
	n := newNotes(ds)
	t := Table{Head: []string{""}}
	for _, m := range ms {
		t.Head = append(t.Head, m.Name)
	}
	for _, k := range keys {
		row := []Cell{text(label(k))}
		for _, m := range ms {
			row = append(row, n.plainCell(ds, m, k))
		}
		if k == model.PoolField && len(ms) > 1 && sameCells(row[1:]) {
			t.Pool = row[1]
		}
		t.Rows = append(t.Rows, row)
	}
	t.Notes = n.list
	return t
}

// listKeys are the list's columns in a report, after the name.
var listKeys = []string{"location", "region", "wave", "legal_form", "service_area", "outcome", "sources"}

// PlainList is mutuals as a report's table: a row per mutual, a column
// per field, headed by the fields' names.
func PlainList(ds *model.Dataset, ms []*model.Mutual) Table {
	n := newNotes(ds)
	t := Table{Head: []string{"name"}}
	for _, k := range listKeys {
		t.Head = append(t.Head, label(k))
	}
	for _, m := range ms {
		row := []Cell{text(m.Name)}
		for _, k := range listKeys {
			row = append(row, n.plainCell(ds, m, k))
		}
		t.Rows = append(t.Rows, row)
	}
	t.Notes = n.list
	return t
}
