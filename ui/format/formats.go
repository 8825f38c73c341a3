package format

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// Markdown

// MarkdownCell makes a value text to a GitHub-flavoured Markdown renderer:
// printable, on one line, with every character that would end a table
// cell (|), start HTML or an autolink (<, >), an entity (&), a link or
// image ([, ]), emphasis, code or strike-through (*, _, `, ~) escaped;
// bare addresses broken so that GFM does not link them (https\://,
// www\., and @ followed by a word joiner: GitHub finds e-mail addresses
// after undoing escapes, so only a character it does not expect stops
// it); and a block marker at its start (#, -, +, 1., 1)) escaped, so a
// value that starts a line stays a paragraph. Data files are untrusted,
// and a document a reader opens must not run their markup.
func MarkdownCell(s string) string {
	s = strings.TrimLeft(model.Printable(s), " ") // four spaces start code
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	m := blockStart.FindString(s)
	if m != "" {
		b.WriteString(m[:len(m)-1] + `\` + m[len(m)-1:]) // "\#", "12\."
		s = s[len(m):]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\\|[]*_`~", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '&':
			b.WriteString("&amp;")
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c == '@':
			b.WriteString("\\@\u2060")
		case c == ':' && strings.HasPrefix(s[i:], "://"),
			c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// blockStart is what at the start of a line makes a heading, a list item
// or a rule.
var blockStart = regexp.MustCompile(`^([#+-]|[0-9]+[.)])`)

// mdLink is a source's address as an autolink when it is a web address a
// reader can follow safely, and as text otherwise (javascript:, data:).
func mdLink(url string) string {
	lower := strings.ToLower(url)
	if (strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://")) &&
		!strings.ContainsAny(url, "<> ") && model.Printable(url) == url {
		return "<" + url + ">"
	}
	return MarkdownCell(url)
}

// mdRow is a table row of values, each escaped.
func mdRow(cells ...string) string {
	for i, c := range cells {
		cells[i] = MarkdownCell(c)
	}
	return mdJoin(cells)
}

// mdJoin is a table row of cells already Markdown.
func mdJoin(cells []string) string { return "| " + strings.Join(cells, " | ") + " |" }

func mdRule(n int) string {
	return "|" + strings.Repeat(" --- |", n)
}

func listMarkdown(ms []*model.Mutual) []string {
	out := []string{mdRow("id", "name", "location", "service area"), mdRule(4)}
	for _, m := range ms {
		out = append(out, mdRow(m.ID, m.Name, m.Location, render.Commas(m.ServiceArea)))
	}
	return out
}

func RecordMarkdown(ds *model.Dataset, m *model.Mutual) []string {
	out := []string{"## " + MarkdownCell(m.Name), "", mdRow("field", "value"), mdRule(2)}
	out = append(out, mdRow("id", m.ID), mdRow("location", render.WhereLine(m)))
	for _, f := range render.RecordFields(ds, m) {
		out = append(out, mdRow(f.Label, f.Value))
	}
	out = append(out, "", MarkdownCell(m.Summary), "", "### What happened next", "")
	if len(m.Events) == 0 {
		out = append(out, "Not known: no source was found.")
	}
	for _, e := range m.Events {
		out = append(out, fmt.Sprintf("- **%s** %s: %s [%s]", MarkdownCell(e.Date), MarkdownCell(e.Kind), MarkdownCell(e.Text), MarkdownCell(render.Commas(e.Sources))))
	}
	if len(m.Readings) > 0 {
		out = append(out, "", "### Where sources differ", "")
		for _, r := range m.Readings {
			out = append(out, fmt.Sprintf("- %s: \"%s\" [%s]", MarkdownCell(r.Field), MarkdownCell(r.Value), MarkdownCell(render.Commas(r.Sources))))
		}
	}
	out = append(out, "", "### Sources", "")
	for _, id := range m.Cited() {
		s, _ := ds.Source(id)
		line := fmt.Sprintf("- [%s] %s", MarkdownCell(id), MarkdownCell(render.SourceCitation(s)))
		if s.URL != "" {
			line += " " + mdLink(s.URL)
		}
		if s.Note != "" {
			line += " — note: " + MarkdownCell(s.Note)
		}
		out = append(out, line)
	}
	return out
}

func ComparisonMarkdown(c model.Comparison) []string {
	head := []string{""}
	for _, m := range c.Mutuals {
		head = append(head, m.Name)
	}
	out := []string{mdRow(append(head, "")...), mdRule(len(head) + 1)}
	var pool *model.Row
	for _, r := range append(c.Header[1:], c.Body()...) {
		if r.Field == model.PoolField {
			pool = &r
			continue
		}
		cells := []string{"**" + MarkdownCell(render.RowLabel(r)) + "**"}
		for i := range c.Mutuals {
			cells = append(cells, MarkdownCell(render.CellText(r, i)))
		}
		mark := render.DiffersGlyph + " differs"
		switch {
		case r.Unknown:
			mark = render.UnknownGlyph + " " + render.UnknownForAll(r)
		case r.Same:
			mark = render.SameGlyph + " same"
		}
		out = append(out, mdJoin(append(cells, MarkdownCell(mark))))
	}
	if items := render.ShareLegend(c); len(items) > 0 {
		out = append(out, "", "Items: "+strings.Join(items, ", ")+".")
	}
	if pool != nil {
		// The pool is the programme's, the same for every column: once,
		// under the table, rather than repeated in each.
		out = append(out, "", "**Mentor pool** (programme-wide): "+MarkdownCell(render.SameValue(*pool)))
	}
	return out
}

// CSV

func listCSV(ms []*model.Mutual) [][]string {
	out := [][]string{{"id", "name", "location", "region", "wave", "service_area", "staff_groups", "mentors", "legal_form", "outcome"}}
	for _, m := range ms {
		out = append(out, []string{m.ID, m.Name, m.Location, m.Region, m.WaveText(), semi(m.ServiceArea), semi(m.StaffGroups), semi(m.Mentors), m.LegalForm, m.Outcome})
	}
	return out
}

func recordCSV(ds *model.Dataset, m *model.Mutual) [][]string {
	out := [][]string{{"field", "value"}}
	for _, f := range model.Fields {
		out = append(out, []string{f.Key, semi(f.Values(m))})
	}
	return append(out, []string{model.PoolField, semi(ds.Programme.MentorPool)})
}

// comparisonCSV has a column of values per mutual and then, so that
// readers of those columns need not change, a column per mutual marking
// each of its items in the same order: "all; one".
func comparisonCSV(c model.Comparison) [][]string {
	head := []string{"field", "label", "same"}
	for _, m := range c.Mutuals {
		head = append(head, m.ID)
	}
	for _, m := range c.Mutuals {
		head = append(head, m.ID+"_shares")
	}
	out := [][]string{head}
	for _, r := range c.Rows {
		line := []string{r.Field, r.Label, fmt.Sprint(r.Same)}
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

func semi(v []string) string { return strings.Join(v, "; ") }

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

type recordDoc struct {
	Mutual     *model.Mutual  `json:"mutual"`
	Sources    []model.Source `json:"sources"`
	MentorPool []string       `json:"mentor_pool"`
}

func recordJSON(ds *model.Dataset, m *model.Mutual) recordDoc {
	doc := recordDoc{Mutual: m, Sources: []model.Source{}, MentorPool: ds.Programme.MentorPool}
	for _, id := range m.Cited() {
		if s, ok := ds.Source(id); ok {
			doc.Sources = append(doc.Sources, s)
		}
	}
	if doc.MentorPool == nil {
		doc.MentorPool = []string{}
	}
	return doc
}

type comparedMutual struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Location  string `json:"location"`
	LegalForm string `json:"legal_form"`
}

type comparisonDoc struct {
	Mutuals []comparedMutual `json:"mutuals"`
	Rows    []model.Row      `json:"rows"`
}

func comparisonJSON(c model.Comparison) comparisonDoc {
	doc := comparisonDoc{Rows: c.Rows}
	for _, m := range c.Mutuals {
		doc.Mutuals = append(doc.Mutuals, comparedMutual{m.ID, m.Name, m.Location, m.LegalForm})
	}
	if doc.Rows == nil {
		doc.Rows = []model.Row{}
	}
	return doc
}

func (o Output) writeJSON(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := o.w.Write(escapeControls(buf.Bytes()))
	return err
}

// escapeControls writes DEL, C1 controls and bidirectional controls, which
// encoding/json leaves raw, as \u escapes. They can only occur inside JSON
// strings, where the escape means the same; the C0 controls outside strings
// are the indent's own line breaks, which encoding/json already escapes
// inside them.
func escapeControls(b []byte) []byte {
	s := string(b)
	if !strings.ContainsFunc(s, needsEscape) {
		return b
	}
	var out strings.Builder
	for _, r := range s {
		if needsEscape(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}

func needsEscape(r rune) bool { return r >= 0x7f && model.Unsafe(r) }
