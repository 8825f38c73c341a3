package format

import (
	"fmt"
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
