package render

import (
	"math"
	"slices"
	"strconv"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// What the chart says under its rows: the legend of its glyphs, and the
// readings where sources differ on what it draws.

// legend explains the glyphs, packed into as few lines as fit.
func (c TimelineChart) legend() []string {
	w := c.width
	items := []string{
		string(GlyphAnnounced) + " announced",
		string(glyphPreparing) + " not yet running",
		string(glyphRunning) + " running",
	}
	lines := c.rows.Timeline.Lines
	undated := slices.ContainsFunc(lines, func(l model.Lifeline) bool { return l.StartUnknown })
	switch disputed := slices.ContainsFunc(lines, func(l model.Lifeline) bool { return !l.StartDisputed.IsZero() }); {
	case disputed:
		items = append(items, string(GlyphStartUnknown)+" running from a start no source dates, or sources dispute")
	case undated:
		items = append(items, string(GlyphStartUnknown)+" running from a start no source dates")
	}
	items = append(items,
		string(glyphEvent)+" another dated event",
		string(GlyphEnded)+" ended: transferred, wound up or closed (or dropped)",
		string(GlyphUnknown)+" unknown after the last dated fact (or the last that says planned)",
	)
	if c.Scale > 0 && c.Scale < 1 {
		items = append(items, "a cell is "+strconv.Itoa(int(math.Ceil(1/c.Scale)))+" years or less")
	}
	var out []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case Width(line)+3+Width(it) <= w:
			line += "   " + it
		default:
			out, line = append(out, line), it
		}
	}
	out = append(out, line)
	var wrapped []string
	for _, l := range out {
		wrapped = append(wrapped, Wrap(l, w)...)
	}
	for i, l := range wrapped {
		wrapped[i] = c.st.Dim.Render(l)
	}
	return wrapped
}

// readingNotes are the readings under the legend, wrapped to w.
func readingNotes(readings []string, w int, st Styles) []string {
	if len(readings) == 0 {
		return nil
	}
	out := []string{"", st.Heading.Render(Truncate(DifferHeading(len(readings)), w))}
	for _, r := range readings {
		out = append(out, hangLines("", "  ", Wrap(r, max(w-2, 1)), lipgloss.NewStyle())...)
	}
	return out
}

// KindWords is an event kind as a reader says it (model.KindWords).
func KindWords(kind string) string { return model.KindWords(kind) }
