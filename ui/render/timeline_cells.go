package render

import (
	"strings"

	"github.com/mutuals/mutuals/model"
)

// Where a lifeline's glyphs fall on the chart's axis.

// lifelineCells places a lifeline's glyphs on the axis: the lines first, then
// the marks over them, the end last so that nothing hides it.
func (c TimelineChart) lifelineCells(l model.Lifeline) []rune {
	cells := []rune(strings.Repeat(" ", c.Cells))
	if c.Cells == 0 || !l.Dated() {
		return cells
	}
	fill := func(from, to int, g rune) {
		for i := max(from, 0); i <= min(to, c.Cells-1); i++ {
			cells[i] = g
		}
	}
	runsTo, runsCol := l.LastKnown, c.col(l.LastKnown)
	if l.EndKnown() {
		runsTo, runsCol = l.Ended, c.endCol(l)
	}
	switch {
	case l.StartUnknown:
		// it ran, but no source says from when: never "not yet running"
		upTo := l.RunningBy
		if upTo.IsZero() {
			upTo = runsTo
		}
		// before it, planned as far as a fact says so, unknown before that
		if !l.Announced.IsZero() {
			fill(c.col(l.First()), c.col(l.Announced)-1, GlyphUnknown)
			fill(c.col(l.Announced), c.col(l.PlannedTo), glyphPreparing)
		}
		fill(c.col(l.StartUnknownFrom)+1, c.col(upTo), GlyphStartUnknown)
		if !l.RunningBy.IsZero() {
			fill(c.col(l.RunningBy), runsCol, glyphRunning)
		}
	case !l.Announced.IsZero():
		// planned only as far as a fact says so; unknown after that
		// until a launch or an end says otherwise
		fill(c.col(l.Announced), c.col(l.PlannedTo), glyphPreparing)
		if l.Launched.IsZero() && !l.EndKnown() {
			fill(c.col(l.PlannedTo)+1, c.Cells-1, GlyphUnknown)
		}
	}
	if !l.Launched.IsZero() {
		// a launch known only to its year runs from after a more precise
		// planned fact of that year
		from := c.col(l.Launched)
		if l.Launched.Before(l.PlannedTo) {
			from = c.col(l.PlannedTo) + 1
		}
		fill(from, runsCol, glyphRunning)
	}
	if !l.EndKnown() {
		fill(c.col(l.LastKnown)+1, c.Cells-1, GlyphUnknown)
	}
	// where readings dispute a date, the span they leave open: a start
	// drawn as unknown, the time before an end as unknown
	if s := l.StartDisputed; !s.IsZero() {
		fill(c.col(s.From), c.col(s.To.Last()), GlyphStartUnknown)
	}
	if s := l.EndDisputed; !s.IsZero() {
		fill(max(c.col(s.From), c.col(l.First())), c.endCol(l)-1, GlyphUnknown)
	}
	for _, e := range l.Events {
		if e.Kind != "launched" && e.Kind != "announced" {
			cells[c.col(e.Date)] = glyphEvent
		}
	}
	if !l.Announced.IsZero() {
		cells[c.col(l.Announced)] = GlyphAnnounced
	}
	if l.EndKnown() {
		cells[c.endCol(l)] = GlyphEnded
	}
	return cells
}

// endCol is the cell of a lifeline's end: where its date falls, and never
// before an event sorted ahead of it (an end known to the year comes after
// the dated events of that year).
func (c TimelineChart) endCol(l model.Lifeline) int {
	at := c.col(l.Ended)
	for _, e := range l.Events {
		if e.Date == l.Ended && e.Kind == l.EndKind {
			break
		}
		at = max(at, c.col(e.Date))
	}
	return at
}
