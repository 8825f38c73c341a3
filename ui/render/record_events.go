package render

import "slices"

// eventsHeading heads a record's events in RecordLines (eventLines).
const eventsHeading = "What happened next"

// EventsLine is the line of RecordLines, drawn in st, that heads the
// mutual's events, so that a screen can open a record there; -1 if none.
func EventsLine(lines []string, st Styles) int {
	return slices.Index(lines, st.Heading.Render(eventsHeading))
}
