package format

import (
	"strconv"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// PrintTimeline prints when each mutual was announced, ran and ended: a
// chart along a year axis (text), a table (markdown), or data (CSV, JSON).
func (o Output) PrintTimeline(ms []*model.Mutual) error {
	rows := render.NewTimelineRows(ms)
	switch o.Format {
	case JSON:
		return o.writeJSON(timelineJSON(rows.Timeline))
	case CSV:
		return o.writeCSV(timelineCSV(rows.Timeline))
	case Markdown:
		return o.writeLines(TimelineMarkdown(rows.Timeline))
	}
	if len(ms) == 0 {
		return o.writeLines([]string{o.Styles.Dim.Render("nothing to draw: no mutual matches")})
	}
	c := render.NewTimelineChart(rows, o.Width, o.Styles)
	w := newLineWriter(o.w)
	for i := range c.Len() {
		w.Line(c.Line(i))
	}
	return w.Flush()
}

// timelineEnd is the end column of the table forms: the date and how it
// ended, or what is known last.
func timelineEnd(l model.Lifeline) string {
	switch {
	case !l.Dated():
		return "unknown: no dated events"
	case l.EndKnown() && !l.EndDisputed.IsZero():
		return l.Ended.String() + " (" + render.KindWords(l.EndKind) + "), or " + l.EndDisputed.From.String()
	case l.EndKnown():
		return l.Ended.String() + " (" + render.KindWords(l.EndKind) + ")"
	}
	return "unknown after " + l.LastKnown.String()
}

func orNot(d model.Date) string {
	if d.IsZero() {
		return "not recorded"
	}
	return d.String()
}

// timelineEvents lists the dated events, earliest first, then how many
// could not be dated.
func timelineEvents(l model.Lifeline) string {
	parts := make([]string, 0, len(l.Events)+1)
	for _, e := range l.Events {
		parts = append(parts, e.Date.String()+" "+e.Kind)
	}
	if l.Undated > 0 {
		parts = append(parts, strconv.Itoa(l.Undated)+" undated")
	}
	return strings.Join(parts, "; ")
}

// operatedFrom is when the mutual began to run: its launch, or, where it
// ran but no source dates its launch, the first date one says it ran.
func operatedFrom(l model.Lifeline) string {
	switch {
	case l.StartUnknown && !l.RunningBy.IsZero():
		return "start not dated; running by " + l.RunningBy.String()
	case l.StartUnknown:
		return "start not dated"
	case !l.StartDisputed.IsZero():
		return l.Launched.String() + " (sources differ: " + l.StartDisputed.From.String() + " to " + l.StartDisputed.To.String() + ")"
	}
	return orNot(l.Launched)
}

// timelineReadings are the readings of what a timeline shows (events and
// status) where sources disagree, each with its sources.
func timelineReadings(m *model.Mutual) []string {
	var out []string
	for _, r := range m.Readings {
		if r.Field == "event" || r.Field == "status" {
			out = append(out, r.Field+": "+model.ReadingText(r))
		}
	}
	return out
}

func TimelineMarkdown(t model.Timeline) []string {
	out := []string{mdRow("mutual", "announced", "operated from", "ended / unknown after", "status", "events", "where sources differ"), mdRule(7)}
	for _, l := range t.Lines {
		out = append(out, mdRow(l.Mutual.Name, orNot(l.Announced), operatedFrom(l), timelineEnd(l), l.Status.String(), timelineEvents(l),
			strings.Join(timelineReadings(l.Mutual), "; ")))
	}
	return out
}

func timelineCSV(t model.Timeline) [][]string {
	out := [][]string{{"id", "name", "announced", "launched", "ended", "end_kind", "end_known", "last_known", "events",
		"status", "status_as_of", "start_unknown", "running_by", "readings", "start_disputed", "end_disputed"}}
	for _, l := range t.Lines {
		out = append(out, []string{l.Mutual.ID, l.Mutual.Name, l.Announced.String(), l.Launched.String(),
			l.Ended.String(), l.EndKind, strconv.FormatBool(l.EndKnown()), l.LastKnown.String(), timelineEvents(l),
			l.Status.Value, l.Status.AsOf, strconv.FormatBool(l.StartUnknown), l.RunningBy.String(), strings.Join(timelineReadings(l.Mutual), "; "),
			l.StartDisputed.String(), l.EndDisputed.String()})
	}
	return out
}

type lifelineDoc struct {
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	Announced string        `json:"announced"`
	Launched  string        `json:"launched"`
	Ended     string        `json:"ended"`
	EndKind   string        `json:"end_kind"`
	EndKnown  bool          `json:"end_known"`
	LastKnown string        `json:"last_known"`
	Events    []model.Event `json:"events"`
	Undated   []model.Event `json:"undated_events,omitempty"`
	Status    model.Status  `json:"status"`
	// StartUnknown: a source says it ran, none dates its launch;
	// RunningBy is the first date one says it ran.
	StartUnknown bool            `json:"start_unknown"`
	RunningBy    string          `json:"running_by,omitempty"`
	Readings     []model.Reading `json:"readings,omitempty"`
	// the spans over which readings put the launch or the end
	StartDisputed model.Span `json:"start_disputed,omitzero"`
	EndDisputed   model.Span `json:"end_disputed,omitzero"`
}

type timelineDoc struct {
	FirstYear int           `json:"first_year"`
	LastYear  int           `json:"last_year"`
	Mutuals   []lifelineDoc `json:"mutuals"`
}

func timelineJSON(t model.Timeline) timelineDoc {
	doc := timelineDoc{FirstYear: t.FirstYear, LastYear: t.LastYear, Mutuals: make([]lifelineDoc, 0, len(t.Lines))}
	for _, l := range t.Lines {
		d := lifelineDoc{ID: l.Mutual.ID, Name: l.Mutual.Name, Announced: l.Announced.String(), Launched: l.Launched.String(),
			Ended: l.Ended.String(), EndKind: l.EndKind, EndKnown: l.EndKnown(), LastKnown: l.LastKnown.String(), Events: []model.Event{},
			Status: l.Status, StartUnknown: l.StartUnknown, RunningBy: l.RunningBy.String(),
			StartDisputed: l.StartDisputed, EndDisputed: l.EndDisputed}
		for _, r := range l.Mutual.Readings {
			if r.Field == "event" || r.Field == "status" {
				d.Readings = append(d.Readings, r)
			}
		}
		for _, e := range l.Events {
			d.Events = append(d.Events, *e.Event)
		}
		for _, e := range l.Mutual.Events {
			if _, ok := model.ParseDate(e.Date); !ok {
				d.Undated = append(d.Undated, e)
			}
		}
		doc.Mutuals = append(doc.Mutuals, d)
	}
	return doc
}
