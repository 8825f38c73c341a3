package format

import (
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
	if readings := m.Readings; len(readings) > 0 {
		out = append(out, "", "### "+render.DifferHeading(len(readings)), "")
		for _, r := range readings {
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
	for _, r := range c.Table() {
		if r.Field == model.PoolField && r.Same {
			pool = &r
			continue
		}
		cells := []string{"**" + MarkdownCell(render.RowLabel(r)) + "**"}
		for i := range c.Mutuals {
			cells = append(cells, MarkdownCell(render.CellText(r, i)))
		}
		mark := render.DiffersGlyph + " " + model.VerdictDiffers
		switch {
		case r.Unknown:
			mark = render.UnknownGlyph + " " + render.UnknownForAll(r)
		case r.Same:
			mark = render.SameGlyph + " " + model.VerdictSame
		}
		out = append(out, mdJoin(append(cells, MarkdownCell(mark))))
	}
	if items := render.ShareLegend(c); len(items) > 0 {
		out = append(out, "", "Items: "+strings.Join(items, ", ")+".")
	}
	if pool != nil {
		// A pool offered alike to every column: once, under the table,
		// rather than repeated in each.
		out = append(out, "", "**Mentor pool** (offered to each by its programme): "+MarkdownCell(render.SameValue(*pool)))
	}
	return out
}

// CSV
