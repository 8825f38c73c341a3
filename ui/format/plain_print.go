package format

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// refText is note numbers as a report writes them: "[1, 4]".
func refText(refs []int) string {
	if len(refs) == 0 {
		return ""
	}
	refs = slices.Sorted(slices.Values(refs))
	s := make([]string, len(refs))
	for i, r := range refs {
		s[i] = fmt.Sprint(r)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

// cellText is a cell as text, with esc applied to its values (not to
// the note numbers, which are the table's own).
func cellText(c Cell, esc func(string) string) string {
	parts := make([]string, len(c))
	for i, it := range c {
		parts[i] = strings.TrimSpace(esc(it.Text) + " " + refText(it.Refs))
	}
	return render.JoinItems(parts)
}

// TableMarkdown is a Table as a GitHub-flavoured Markdown table, its notes
// a numbered list under a "Sources" line.
func TableMarkdown(t Table) []string {
	head := make([]string, len(t.Head))
	for i, h := range t.Head {
		head[i] = MarkdownCell(h)
	}
	out := []string{mdJoin(head), mdRule(len(head))}
	for _, row := range t.Rows {
		if len(t.Pool) > 0 && row[0][0].Text == label(model.PoolField) {
			continue
		}
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = cellText(c, MarkdownCell)
		}
		out = append(out, mdJoin(cells))
	}
	if len(t.Pool) > 0 {
		out = append(out, "", "Mentor pool, the same for each: "+cellText(t.Pool, MarkdownCell))
	}
	if len(t.Notes) > 0 {
		out = append(out, "", "Sources:", "")
		for _, n := range t.Notes {
			line := fmt.Sprintf("%d. %s", n.N, MarkdownCell(n.Citation))
			if n.URL != "" {
				line += " " + mdLink(n.URL)
			}
			out = append(out, line)
		}
	}
	return out
}

// TableCSV is a Table as CSV: the headings, the rows, then a row per note
// ("[1]", its citation and address), as wide as the table.
func TableCSV(t Table) [][]string {
	head := append([]string{}, t.Head...)
	if head[0] == "" {
		head[0] = "field"
	}
	out := [][]string{head}
	same := func(s string) string { return s }
	for _, row := range t.Rows {
		line := make([]string, len(row))
		for i, c := range row {
			line[i] = cellText(c, same)
		}
		out = append(out, line)
	}
	for _, n := range t.Notes {
		line := make([]string, max(len(head), 2))
		line[0] = refText([]int{n.N})
		line[1] = strings.TrimSpace(n.Citation + " " + n.URL)
		out = append(out, line)
	}
	return out
}

// PrintTable prints a report's table as Markdown or CSV.
func (o Output) PrintTable(t Table) error {
	if o.Format == CSV {
		return o.writeCSV(TableCSV(t))
	}
	return o.writeLines(TableMarkdown(t))
}
