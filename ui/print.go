package ui

import (
	"fmt"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// PrintList prints one line per mutual: id, name, location, service area.
func (o Output) PrintList(ds *model.Dataset, ms []*model.Mutual) error {
	switch o.Format {
	case JSON:
		return o.writeJSON(ms)
	case CSV:
		return o.writeCSV(listCSV(ms))
	case Markdown:
		return o.writeLines(listMarkdown(ms))
	}
	return o.writeListText(ms)
}

// writeListText writes the list a line at a time, so that a long list
// is never held in memory as text.
func (o Output) writeListText(ms []*model.Mutual) error {
	var idW, nameW, placeW int
	for _, m := range ms {
		idW = max(idW, width(model.Printable(m.ID)))
		nameW = max(nameW, width(model.Printable(m.Name)))
		placeW = max(placeW, width(model.Printable(m.Location)))
	}
	w := newLineWriter(o.W)
	st := o.Styles
	for _, m := range ms {
		w.Line(strings.TrimRight(st.Dim.Render(pad(model.Printable(m.ID), idW))+"  "+
			st.Selected.Render(pad(model.Printable(m.Name), nameW))+"  "+
			pad(model.Printable(m.Location), placeW)+"  "+
			model.Printable(join(m.ServiceArea)), " "))
	}
	return w.Flush()
}

// PrintRecord prints one mutual in full with its sources.
func (o Output) PrintRecord(ds *model.Dataset, m *model.Mutual) error {
	switch o.Format {
	case JSON:
		return o.writeJSON(recordJSON(ds, m))
	case CSV:
		return o.writeCSV(recordCSV(ds, m))
	case Markdown:
		return o.writeLines(recordMarkdown(ds, m))
	}
	return o.writeLines(RecordLines(ds, m, o.Width, o.Styles))
}

// PrintComparison prints a comparison side by side (text), as a table
// (markdown), or as data (CSV, JSON).
func (o Output) PrintComparison(c model.Comparison) error {
	switch o.Format {
	case JSON:
		return o.writeJSON(comparisonJSON(c))
	case CSV:
		return o.writeCSV(comparisonCSV(c))
	case Markdown:
		return o.writeLines(comparisonMarkdown(c))
	}
	return o.writeLines(CompareLines(c, o.Width, o.Styles))
}

func (o Output) writeLines(lines []string) error {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	_, err := fmt.Fprint(o.W, b.String())
	return err
}
