package render

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// The sections of a record under its summary: its events, the readings
// where sources differ, and the sources it cites. On a screen, each item
// asks the pen's budget first and is charged to it, and once it is spent
// the rest are counted, not laid out (Budget).

func eventLines(m *model.Mutual, width int, st pen) []string {
	if st.budget.Spent() {
		st.budget.Skip(eventsSize(m.Events))
		return nil
	}
	out := []string{"", st.Heading.Render(eventsHeading)}
	if len(m.Events) == 0 {
		return append(out, hangLines("", "", st.wrapText("not known: no source was found", width), st.Dim)...)
	}
	labelW := eventLabelWidth(m.Events)
	for i, e := range m.Events {
		if st.budget.Spent() {
			st.budget.Skip(eventsSize(m.Events[i:]))
			return out
		}
		text, es := cited(st, st.budget.start(e.Text), len(e.Text), e.Sources)
		out = append(out, st.budget.Charge(labelled(es, e.Date+" "+e.Kind, text, labelW, width))...)
	}
	if !m.EndKnown() {
		out = append(out, hangLines("", "", st.wrapText("after that: not known", width), st.Dim)...)
	}
	return out
}

// cited is text, the start of one of size bytes, with the ids of its
// sources: "text [s1, s2]", as much of both as st lays out, and the pen
// that wraps it, which knows how long the whole is.
func cited(st pen, text string, size int, sources []string) (string, pen) {
	ids, idsSize := st.budget.Commas(sources)
	st.size = size + idsSize + 3
	return text + " [" + ids + "]", st
}

// eventLabelWidth is as wide as the widest label ("2019-07-30
// contract-lost"), so that every event's text hangs at one indent, and
// no wider than eventLabelMax; it looks no further than a label that wide.
func eventLabelWidth(events []model.Event) int {
	labelW := labelWidth + 8
	for _, e := range events {
		if labelW >= eventLabelMax {
			break
		}
		labelW = max(labelW, Width(model.Printable(e.Date+" "+e.Kind)))
	}
	return min(labelW, eventLabelMax)
}

// eventsSize is the bytes of text in events, for Budget.Skip.
func eventsSize(events []model.Event) int {
	n := 0
	for _, e := range events {
		n += Sizes(e.Date, e.Kind, e.Text) + Sizes(e.Sources...)
	}
	return n
}

func readingLines(readings []model.Reading, width int, st pen) []string {
	if len(readings) == 0 {
		return nil
	}
	var out []string
	for i, r := range readings {
		if st.budget.Spent() {
			for _, r := range readings[i:] {
				st.budget.Skip(Sizes(r.Field, r.Value) + Sizes(r.Sources...))
			}
			return out
		}
		if i == 0 {
			out = append(out, "")
			for _, l := range Wrap(DifferHeading(len(readings)), width) {
				out = append(out, st.Heading.Render(l))
			}
		}
		label := strings.ReplaceAll(r.Field, "_", " ")
		value := strconv.Quote(st.budget.start(r.Value))
		text, rs := cited(st, value, len(value)+len(r.Value)-len(st.budget.start(r.Value)), r.Sources)
		out = append(out, st.budget.Charge(labelled(rs, label, text, labelWidth, width))...)
	}
	return out
}

func sourceLines(ds *model.Dataset, ids []string, width int, st pen) []string {
	var out []string
	if !st.budget.Spent() {
		out = []string{"", st.Heading.Render("Sources")}
	}
	for _, id := range ids {
		s, ok := ds.Source(id)
		switch {
		case st.budget.Spent():
			st.budget.Skip(Sizes(id, s.Title, s.Publisher, s.Author, s.Date, s.URL, s.Note))
		case !ok:
			out = append(out, st.budget.Charge(st.wrapText("["+id+"] (not defined)", width))...)
		default:
			out = append(out, st.budget.Charge(oneSource(s, width, st))...)
		}
	}
	return out
}

// oneSource is a source as a record cites it: its id and citation, then
// its address and note indented under it.
func oneSource(s model.Source, width int, st pen) []string {
	out := hangLines("", "    ", st.wrapText(fmt.Sprintf("[%s] %s", s.ID, SourceCitation(s)), width-4), lipgloss.NewStyle())
	if s.URL != "" {
		out = append(out, urlLines(s.URL, width-4, st)...)
	}
	if s.Note != "" {
		out = append(out, hangLines("    ", "    ", st.wrapText("note: "+s.Note, width-4), st.Dim)...)
	}
	return out
}

// SourceCitation is title, publisher, author and date as one line.
func SourceCitation(s model.Source) string {
	parts := []string{s.Title}
	for _, p := range []string{s.Publisher, s.Author, s.Date} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " — ")
}
