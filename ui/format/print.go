package format

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// PrintList prints one line per mutual: id, name, location, service area.
func (o Output) PrintList(ds *model.Dataset, ms []*model.Mutual) error {
	switch o.Format {
	case TOML:
		return writeTOML(o.w, ds, ms)
	case JSON:
		return o.writeJSON(ms)
	case CSV:
		return o.writeCSV(listCSV(ms))
	case Markdown:
		return o.writeLines(listMarkdown(ms))
	}
	return o.writeListText(ds, ms)
}

// writeListText writes the list a line at a time, so that a long list
// is never held in memory as text. Each field is made printable and
// measured once; to a pipe, where nothing is styled, a line is appended
// byte by byte with no styling at all: about a microsecond a line. On a
// terminal each line is cut to the width. Where the programme gives its
// total, a last line says how much of it the data holds, so that a
// partial dataset is never read as the whole.
func (o Output) writeListText(ds *model.Dataset, ms []*model.Mutual) error {
	rows := make([]listRow, len(ms))
	var idW, nameW, placeW int
	for i, m := range ms {
		r := &rows[i]
		r.id, r.name, r.place = model.Printable(m.ID), model.Printable(m.Name), model.Printable(m.Location)
		r.idW, r.nameW, r.placeW = render.Width(r.id), render.Width(r.name), render.Width(r.place)
		idW, nameW, placeW = max(idW, r.idW), max(nameW, r.nameW), max(placeW, r.placeW)
	}
	w := newLineWriter(o.w)
	st := o.Styles
	for i, m := range ms {
		r := &rows[i]
		line := w.buf
		start := len(line)
		if o.plain() {
			line = appendPadded(line, r.id, idW-r.idW+2)
			line = appendPadded(line, r.name, nameW-r.nameW+2)
		} else {
			line = append(line, st.Dim.Render(render.Pad(r.id, idW))+"  "+st.Selected.Render(render.Pad(r.name, nameW))+"  "...)
		}
		line = appendPadded(line, r.place, placeW-r.placeW+2)
		for j, s := range m.ServiceArea {
			if j > 0 {
				line = append(line, ", "...)
			}
			line = append(line, model.Printable(s)...)
		}
		for len(line) > start && line[len(line)-1] == ' ' {
			line = line[:len(line)-1]
		}
		if o.Terminal {
			line = append(line[:start], render.Truncate(string(line[start:]), o.Width)...)
		}
		w.buf = line
		w.endLine()
	}
	if slices.ContainsFunc(ds.Programmes, func(p model.Programme) bool { return p.Totals() != "" }) {
		line := st.Dim.Render(fmt.Sprintf("%d shown · %s", len(ms), ds.Recorded()))
		if o.Terminal {
			line = render.Truncate(line, o.Width)
		}
		w.Line(line)
	}
	return w.Flush()
}

// listRow is one mutual's line of the list, printable and measured.
type listRow struct {
	id, name, place    string
	idW, nameW, placeW int
}

func appendPadded(b []byte, s string, n int) []byte {
	b = append(b, s...)
	for ; n > len(spaces); n -= len(spaces) {
		b = append(b, spaces...)
	}
	return append(b, spaces[:max(n, 0)]...)
}

const spaces = "                                                                "

// PrintRecord prints one mutual in full with its sources.
func (o Output) PrintRecord(ds *model.Dataset, m *model.Mutual) error {
	switch o.Format {
	case TOML:
		return writeTOML(o.w, ds, []*model.Mutual{m})
	case JSON:
		return o.writeJSON(recordJSON(ds, m))
	case CSV:
		return o.writeCSV(recordCSV(ds, m))
	case Markdown:
		return o.writeLines(RecordMarkdown(ds, m))
	}
	return o.writeLines(render.RecordLines(ds, m, o.Width, o.Styles))
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
		return o.writeLines(ComparisonMarkdown(c))
	}
	return o.writeLines(render.CompareLines(c, o.Width, o.Styles))
}

func (o Output) writeLines(lines []string) error {
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	_, err := fmt.Fprint(o.w, b.String())
	return err
}
