package format

import (
	"strconv"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// Stats is what `mutuals stats` prints: how many of the mutuals a query
// matched have each value of a field.
type Stats struct {
	Field   model.Field
	Query   string
	Mutuals int // how many the query matched
	Counts  []model.Count
}

// PrintStats prints the counts with bars (text), as a table (markdown), or
// as data (CSV: value,mutuals; JSON: an array of {value, mutuals}, the
// value null for the mutuals with none).
func (o Output) PrintStats(s Stats) error {
	switch o.Format {
	case JSON:
		return o.writeJSON(statsJSON(s))
	case CSV:
		return o.writeCSV(statsCSV(s))
	case Markdown:
		return o.writeLines(StatsMarkdown(s))
	}
	return o.writeStatsText(s)
}

// writeStatsText writes a row at a time: a field such as location can
// have as many values as there are mutuals.
func (o Output) writeStatsText(s Stats) error {
	st := o.Styles
	w := newLineWriter(o.w)
	write := func(l string) { w.Line(strings.TrimRight(l, " ")) }
	for _, l := range render.Wrap(render.FacetHeading(s.Field, s.Mutuals, s.Query), o.Width) {
		write(st.Title.Render(l))
	}
	if len(s.Counts) == 0 {
		write(st.Dim.Render("nothing to count: no mutual matches"))
		return w.Flush()
	}
	write("")
	cols := render.NewFacetColumns(s.Field.Key, s.Counts, s.Mutuals, o.Width)
	for _, c := range s.Counts {
		value := render.FacetValue(s.Field.Key, c)
		lines := render.Wrap(value, cols.ValueW)
		if c.None() {
			lines[0] = st.Dim.Render(render.Pad(lines[0], cols.ValueW))
		}
		write(render.Pad(lines[0], cols.ValueW) + cols.Numbers(c, st))
		for _, l := range lines[1:] {
			write(l)
		}
	}
	if note := render.FacetNote(s.Field, s.Counts, s.Mutuals); note != "" {
		write("")
		for _, l := range render.Wrap(note, o.Width) {
			write(st.Dim.Render(l))
		}
	}
	return w.Flush()
}

func StatsMarkdown(s Stats) []string {
	out := []string{"**" + MarkdownCell(render.FacetHeading(s.Field, s.Mutuals, s.Query)) + "**", ""}
	if len(s.Counts) == 0 {
		return append(out, "No mutual matches.")
	}
	out = append(out, mdRow(s.Field.Label, "mutuals", "share"), "| --- | ---: | ---: |")
	for _, c := range s.Counts {
		out = append(out, mdRow(render.FacetValue(s.Field.Key, c), strconv.Itoa(c.Mutuals), render.Percent(c.Mutuals, s.Mutuals)))
	}
	if note := render.FacetNote(s.Field, s.Counts, s.Mutuals); note != "" {
		out = append(out, "", note)
	}
	return out
}

func statsCSV(s Stats) [][]string {
	out := [][]string{{"value", "mutuals"}}
	for _, c := range s.Counts {
		out = append(out, []string{c.Value, strconv.Itoa(c.Mutuals)})
	}
	return out
}

type statsRow struct {
	Value   *string `json:"value"` // null: the mutuals with no value
	Mutuals int     `json:"mutuals"`
}

func statsJSON(s Stats) []statsRow {
	out := make([]statsRow, len(s.Counts))
	for i, c := range s.Counts {
		out[i].Mutuals = c.Mutuals
		if !c.None() {
			v := c.Value
			out[i].Value = &v
		}
	}
	return out
}
