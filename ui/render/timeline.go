package render

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// The timeline's glyphs: each says what it means without colour.
const (
	GlyphAnnounced = '◆'
	glyphPreparing = '─'
	glyphRunning   = '━'
	glyphEvent     = '•'
	GlyphEnded     = '✕'
	GlyphUnknown   = '┄'
	// GlyphStartUnknown is a mutual a source says ran, before the first
	// date one says so: its launch is dated by none.
	GlyphStartUnknown = '╍'
)

const (
	maxTimelineLabel = 30 // cells of a mutual's name beside the axis
	roomyLabel       = 60 // ... where the axis keeps roomyCells a year
	roomyCells       = 3
	minTimelineLabel = 8
	minStatusLabel   = 16 // the name beside the axis when the status is shown too
	maxCellsPerYear  = 12 // a cell a month is as fine as any source dates
)

// TimelineRows are the lifelines to draw, with the widths the layout needs,
// measured once (at 100k records this is the slow part, so it runs off the
// UI path).
type TimelineRows struct {
	Timeline model.Timeline
	NameW    int // the longest name, up to maxTimelineLabel
	roomyW   int // the longest name, up to roomyLabel
	statusW  int
	// readings are where sources disagree on what the chart draws (an
	// event, the status): a line each, printed under the legend
	readings []string
}

func NewTimelineRows(ms []*model.Mutual) TimelineRows {
	r := TimelineRows{Timeline: model.NewTimeline(ms)}
	for _, l := range r.Timeline.Lines {
		w := Width(model.Printable(l.Mutual.Name))
		r.NameW = max(r.NameW, min(w, maxTimelineLabel))
		r.roomyW = max(r.roomyW, min(w, roomyLabel))
		r.statusW = max(r.statusW, Width(lifelineStatus(l)))
		for _, rd := range l.Mutual.Readings {
			if rd.Field == "event" || rd.Field == "status" {
				r.readings = append(r.readings, model.Printable(l.Mutual.Name)+", "+rd.Field+" "+model.Printable(model.ReadingText(rd)))
			}
		}
	}
	return r
}

// lifelineStatus says how a lifeline ends: when, and how, or that it is
// unknown after the last dated fact.
func lifelineStatus(l model.Lifeline) string {
	switch {
	case !l.Dated():
		return "no dated events"
	case l.EndKnown() && !l.EndDisputed.IsZero():
		return string(GlyphEnded) + " " + KindWords(l.EndKind) + " " + l.Ended.String() + ", or " + l.EndDisputed.From.String()
	case l.EndKnown():
		return string(GlyphEnded) + " " + KindWords(l.EndKind) + " " + l.Ended.String()
	}
	return string(GlyphUnknown) + " unknown after " + l.LastKnown.String()
}

// TimelineChart lays the rows out in a width: the name, the year axis, and
// the status when there is room. When the years do not fit a cell each, a
// cell holds several years.
type TimelineChart struct {
	rows    TimelineRows
	st      Styles
	width   int
	labelW  int
	statusW int     // 0 when the status column is left out
	Cells   int     // cells of the axis
	Scale   float64 // cells per year
	notes   []string
}

func NewTimelineChart(rows TimelineRows, w int, st Styles) TimelineChart {
	w = max(w, 1)
	c := TimelineChart{rows: rows, st: st, width: w, statusW: rows.statusW, notes: readingNotes(rows.readings, w, st)}
	years := rows.Timeline.Years()
	// on a wide screen names are whole while a year keeps a few cells: a
	// finer axis says no more than the sources date
	if label := min(rows.roomyW, w-c.statusW-2-roomyCells*years); label > rows.NameW && years > 0 {
		c.labelW = label
		c.setAxis(w-label-c.statusW-2, years)
		return c
	}
	// the status column is worth more than a finer axis or a longer name,
	// so it stays while a year still gets two cells
	for _, label := range []int{rows.NameW, min(rows.NameW, max(minStatusLabel, w/4))} {
		if axis := w - label - c.statusW - 2; years == 0 || axis >= 2*years {
			c.labelW = label
			c.setAxis(max(axis, 0), years)
			if c.labelW+c.Cells+c.statusW+2 <= w {
				return c
			}
		}
	}
	c.statusW = 0
	c.labelW = min(rows.NameW, max(minTimelineLabel, (w-1)/3), max(w-2, 0))
	c.setAxis(max(w-c.labelW-1, 0), years)
	return c
}

func (c *TimelineChart) setAxis(axis, years int) {
	if years == 0 {
		return
	}
	if axis >= years {
		k := min(axis/years, maxCellsPerYear)
		c.Cells, c.Scale = k*years, float64(k)
		return
	}
	c.Cells, c.Scale = axis, float64(axis)/float64(years)
}

// col is the cell a date falls in.
func (c TimelineChart) col(d model.Date) int {
	x := (float64(d.Year-c.rows.Timeline.FirstYear) + d.YearFraction()) * c.Scale
	return min(max(int(math.Floor(x)), 0), c.Cells-1)
}

// Len is how many lines the whole chart takes: none for no mutuals.
func (c TimelineChart) Len() int {
	if len(c.rows.Timeline.Lines) == 0 {
		return 0
	}
	return 2 + len(c.rows.Timeline.Lines) + 1 + len(c.legend()) + len(c.notes)
}

// Line is line i of the chart: the ruler, a row per mutual, the legend.
func (c TimelineChart) Line(i int) string {
	n := len(c.rows.Timeline.Lines)
	switch {
	case i < 2:
		return c.ruler()[i]
	case i < 2+n:
		return c.row(i - 2)
	case i == 2+n:
		return ""
	}
	if legend := c.legend(); i-3-n < len(legend) {
		return legend[i-3-n]
	} else {
		return c.notes[i-3-n-len(legend)]
	}
}

// Lines is the whole chart.
func (c TimelineChart) Lines() []string {
	out := make([]string, c.Len())
	for i := range out {
		out[i] = c.Line(i)
	}
	return out
}

// ruler is the years above the axis, each written where it begins if it
// fits after the last one, and a tick at every year below them.
func (c TimelineChart) ruler() []string {
	years, ticks := []rune(strings.Repeat(" ", c.Cells)), []rune(strings.Repeat(" ", c.Cells))
	next := 0
	for y := c.rows.Timeline.FirstYear; c.Cells > 0 && y <= c.rows.Timeline.LastYear; y++ {
		at := c.col(model.Date{Year: y, Month: 1, Day: 1})
		ticks[at] = '╵'
		label := strconv.Itoa(y)
		if at >= next && at+len(label) <= c.Cells {
			copy(years[at:], []rune(label))
			next = at + len(label) + 1
		}
	}
	lead := strings.Repeat(" ", c.labelW+1)
	top, bottom := lead+string(years), lead+c.st.Dim.Render(strings.TrimRight(string(ticks), " "))
	if c.statusW > 0 {
		top += " " + c.st.Label.Render("end")
	}
	return []string{strings.TrimRight(top, " "), strings.TrimRight(bottom, " ")}
}

// Rows is how many lifelines the chart draws, a line each from line 2.
func (c TimelineChart) Rows() int { return len(c.rows.Timeline.Lines) }

// Cursor is row i drawn under the cursor: its name in the cursor's style.
func (c TimelineChart) Cursor(i int) string { return c.drawRow(i, c.st.Cursor) }

func (c TimelineChart) row(i int) string { return c.drawRow(i, lipgloss.NewStyle()) }

func (c TimelineChart) drawRow(i int, nameStyle lipgloss.Style) string {
	l := c.rows.Timeline.Lines[i]
	name := nameStyle.Render(Pad(Truncate(model.Printable(l.Mutual.Name), c.labelW), c.labelW))
	line := name + " " + c.paint(c.lifelineCells(l))
	if c.statusW > 0 {
		status := lifelineStatus(l)
		if !l.EndKnown() {
			status = c.st.Hint.Render(status)
		}
		line += " " + status
	}
	return strings.TrimRight(line, " ")
}

// paint styles runs of the same glyph.
func (c TimelineChart) paint(cells []rune) string {
	var b strings.Builder
	for i := 0; i < len(cells); {
		j := i
		for j < len(cells) && cells[j] == cells[i] {
			j++
		}
		b.WriteString(c.glyphStyle(cells[i]).Render(string(cells[i:j])))
		i = j
	}
	return b.String()
}

func (c TimelineChart) glyphStyle(g rune) lipgloss.Style {
	switch g {
	case GlyphAnnounced:
		return c.st.Mark
	case glyphRunning:
		return c.st.Title
	case glyphPreparing:
		return c.st.Label
	case glyphEvent:
		return c.st.Selected
	case GlyphEnded:
		return c.st.Error
	case GlyphUnknown:
		return c.st.Label
	case GlyphStartUnknown:
		return c.st.Title
	}
	return lipgloss.NewStyle()
}
