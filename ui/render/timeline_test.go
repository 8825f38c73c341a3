package render

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestTimelineFitsEveryWidth: at any width every line fits, every mutual has
// its row, and the ends read the same.
func TestTimelineFitsEveryWidth(t *testing.T) {
	ds := uitest.Pathfinders(t)
	rows := NewTimelineRows(uitest.AllMutuals(ds))
	for _, w := range uitest.Widths(20, 300) {
		c := NewTimelineChart(rows, w, NewStyles(true))
		lines := c.Lines()
		if len(lines) < 2+len(ds.Mutuals)+2 {
			t.Fatalf("width %d: %d lines", w, len(lines))
		}
		for _, l := range lines {
			if Width(l) > w {
				t.Fatalf("width %d: line of %d cells: %q", w, Width(l), l)
			}
		}
		if !strings.Contains(lines[0], "2009") {
			t.Fatalf("width %d: the ruler does not start at 2009: %q", w, lines[0])
		}
		for i, m := range ds.Mutuals {
			row := lines[2+i]
			if !strings.HasPrefix(row, string([]rune(m.Name)[:4])) {
				t.Fatalf("width %d: row %d is not %s: %q", w, i, m.Name, row)
			}
			// a row marks an announcement only where a source dates one
			// (at narrow widths an end in the same cell covers it); it
			// ends with an end mark, or with the unknown glyph unless its
			// last known event is in the ruler's last year (Leicester's
			// 2024 contract)
			l := rows.Timeline.Lines[i]
			announced := strings.ContainsRune(row, GlyphAnnounced)
			if l.Announced.IsZero() && announced || !l.Announced.IsZero() && !announced && !strings.ContainsRune(row, GlyphEnded) {
				t.Fatalf("width %d: %s: announced %v but row %q", w, m.ID, l.Announced, row)
			}
			unknownAfter := !l.EndKnown() && l.LastKnown.Year < rows.Timeline.LastYear
			unknown := strings.ContainsRune(row, GlyphUnknown)
			// (an end readings dispute has the span they leave open
			// before it drawn unknown)
			if l.EndKnown() != strings.ContainsRune(row, GlyphEnded) || l.EndKnown() && l.EndDisputed.IsZero() && unknown || unknownAfter && !unknown {
				t.Fatalf("width %d: %s: end known %v but row %q", w, m.ID, l.EndKnown(), row)
			}
		}
	}
}

// TestTimelineCells checks the glyphs of one lifeline cell by cell, at a
// cell a year over 2010..2016.
func TestTimelineCells(t *testing.T) {
	ev := func(date, kind string) model.Event { return model.Event{Date: date, Kind: kind} }
	tests := []struct {
		name   string
		events []model.Event
		want   string
	}{
		{"ran and ended", []model.Event{ev("2010-08", "announced"), ev("2012", "launched"), ev("2014", "contract-lost"), ev("2015-10-01", "transferred")}, "◆─━━•✕ "},
		{"launched, end unknown", []model.Event{ev("2010", "announced"), ev("2011", "launched"), ev("2013", "contract-won")}, "◆━━•┄┄┄"},
		{"never launched, end unknown", []model.Event{ev("2010", "announced")}, "◆┄┄┄┄┄┄"},
		{"taken over before launching", []model.Event{ev("2010", "announced"), ev("2011-08", "transferred"), ev("2016", "closed")}, "◆✕    •"},
		{"no dated events", []model.Event{ev("soon", "launched")}, "       "},
		{"out of order", []model.Event{ev("2016", "wound-up"), ev("2010", "announced"), ev("2012", "launched")}, "◆─━━━━✕"},
		{"announced, then reports that say nothing of it", []model.Event{ev("2010-08", "announced"), ev("2012", "other"), ev("2013-03", "other")}, "◆┄••┄┄┄"},
		{"dropped after two years of plans", []model.Event{ev("2010", "announced"), ev("2012", "dropped"), ev("2015", "other")}, "◆─✕  • "},
		{"an undated start only after the announcement (Leicester)", []model.Event{ev("2010", "other"), ev("2012", "announced"), ev("2015", "contract-won")}, "•┄◆╍╍•┄"},
	}
	span := &model.Mutual{Name: "span", Events: []model.Event{ev("2010", "other"), ev("2016", "other")}}
	for _, tt := range tests {
		m := &model.Mutual{Name: "m", Events: tt.events}
		rows := NewTimelineRows([]*model.Mutual{span, m})
		c := NewTimelineChart(rows, rows.NameW+1+7, NewStyles(true))
		if c.Scale != 1 || c.Cells != 7 {
			t.Fatalf("%s: %v cells a year, %d cells", tt.name, c.Scale, c.Cells)
		}
		if got := string(c.lifelineCells(rows.Timeline.Lines[1])); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTimelineNamesTakeTheRoom: on a wide screen names are not cut at 30
// cells while the axis stretches: they take the room the axis can spare
// and keep roomyCells a year, and the status column stays.
func TestTimelineNamesTakeTheRoom(t *testing.T) {
	ds := uitest.Pathfinders(t)
	rows := NewTimelineRows(uitest.AllMutuals(ds))
	years := rows.Timeline.Years()
	for w := 60; w <= 300; w++ {
		c := NewTimelineChart(rows, w, Styles{})
		if c.labelW > maxTimelineLabel && c.Scale < roomyCells {
			t.Fatalf("width %d: names of %d cells leave %v cells a year", w, c.labelW, c.Scale)
		}
		if spare := w - maxTimelineLabel - c.statusW - 2 - roomyCells*years; spare > 0 && c.labelW < min(rows.roomyW, maxTimelineLabel+spare) {
			t.Fatalf("width %d: names cut at %d cells with %d to spare", w, c.labelW, spare)
		}
	}
	for _, w := range []int{140, 200} {
		text := strings.Join(NewTimelineChart(rows, w, Styles{}).Lines(), "\n")
		for _, m := range ds.Mutuals {
			if !strings.Contains(text, m.Name+" ") {
				t.Errorf("width %d: %q is cut", w, m.Name)
			}
		}
		if !strings.Contains(text, "unknown after") {
			t.Errorf("width %d: the status column is gone", w)
		}
	}
}

// TestRunningFromAnUnknownStart: a mutual that held a contract but whose
// launch no source dates is drawn running, never "not yet running", with
// the glyph the legend explains; a chart with none leaves it out.
func TestRunningFromAnUnknownStart(t *testing.T) {
	m := model.Mutual{ID: "l", Name: "Leicester", Events: []model.Event{
		{Date: "2010-08", Kind: "announced", Text: "x", Sources: []string{"s"}},
		{Date: "2024-10-21", Kind: "contract-won", Text: "x", Sources: []string{"s"}},
	}}
	lines := NewTimelineChart(NewTimelineRows([]*model.Mutual{&m}), 100, Styles{}).Lines()
	row := lines[2]
	if strings.ContainsRune(row, glyphPreparing) || !strings.ContainsRune(row, GlyphStartUnknown) {
		t.Errorf("drawn as not yet running, or without the unknown start: %q", row)
	}
	if legend := strings.Join(lines[3:], "\n"); !strings.Contains(legend, string(GlyphStartUnknown)+" running from a start no source dates") {
		t.Errorf("the legend does not explain %c:\n%s", GlyphStartUnknown, legend)
	}
	m.Events[1].Kind = "launched"
	lines = NewTimelineChart(NewTimelineRows([]*model.Mutual{&m}), 100, Styles{}).Lines()
	if strings.Contains(strings.Join(lines, "\n"), string(GlyphStartUnknown)) {
		t.Errorf("a dated launch has no unknown start:\n%s", strings.Join(lines, "\n"))
	}
}

// TestTimelinePlannedAsOfAStatedDate: a status of planned as of a date
// draws the plans up to it and no further (Westminster: planned as of
// December 2011, staff to 3BM in 2013, and nothing since says planned).
func TestTimelinePlannedAsOfAStatedDate(t *testing.T) {
	ev := func(date, kind string) model.Event { return model.Event{Date: date, Kind: kind} }
	span := &model.Mutual{Name: "span", Events: []model.Event{ev("2010", "other"), ev("2016", "other")}}
	m := &model.Mutual{Name: "m", Events: []model.Event{ev("2010-08", "announced"), ev("2012-06", "other"), ev("2014", "other")},
		Stated: model.StatedStatus{Value: model.Planned, Date: "2012-06", Sources: []string{"s"}}}
	rows := NewTimelineRows([]*model.Mutual{span, m})
	c := NewTimelineChart(rows, rows.NameW+1+7, NewStyles(true))
	if got, want := string(c.lifelineCells(rows.Timeline.Lines[1])), "◆─•┄•┄┄"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

// TestTimelineEndNeverBeforeItsEvents: at a cell a month, an end known to
// the year is drawn no earlier than the events of that year sorted before
// it, and an event known to the year is drawn at its start, before an end
// dated within it (Kensington and Chelsea's 2020 wind-up notice, wound up
// by 2020-06-16).
func TestTimelineEndNeverBeforeItsEvents(t *testing.T) {
	ev := func(date, kind string) model.Event { return model.Event{Date: date, Kind: kind} }
	tests := []struct {
		name      string
		events    []model.Event
		mark, end int // the cells of the other event and of the end
	}{
		{"a year-only end after a dated event of its year", []model.Event{ev("2019", "launched"), ev("2020-06", "other"), ev("2020", "transferred")}, 17, 17},
		{"a year-only event before a dated end of its year", []model.Event{ev("2019", "launched"), ev("2020", "other"), ev("2020-06-16", "wound-up")}, 12, 17},
	}
	for _, tt := range tests {
		span := &model.Mutual{Name: "span", Events: []model.Event{ev("2019", "other"), ev("2020", "other")}}
		m := &model.Mutual{Name: "m", Events: tt.events}
		rows := NewTimelineRows([]*model.Mutual{span, m})
		c := NewTimelineChart(rows, rows.NameW+1+24, NewStyles(true))
		if c.Scale != 12 {
			t.Fatalf("%v cells a year", c.Scale)
		}
		cells := c.lifelineCells(rows.Timeline.Lines[1])
		mark, end := strings.IndexRune(string(cells), glyphEvent), strings.IndexRune(string(cells), GlyphEnded)
		if mark >= 0 {
			mark = len([]rune(string(cells)[:mark]))
		}
		if end >= 0 {
			end = len([]rune(string(cells)[:end]))
		}
		if strings.Contains(string(cells[12:tt.end]), " ") {
			t.Errorf("%s: a gap before the end: %q", tt.name, string(cells))
		}
		if tt.mark != tt.end && mark != tt.mark || end != tt.end {
			t.Errorf("%s: event at %d, end at %d; want %d, %d: %q", tt.name, mark, end, tt.mark, tt.end, string(cells))
		}
	}
}

// TestTimelineDisputedDates: a launch whose date readings dispute is drawn
// with the unknown-start glyph over the span the sources leave open, and
// the legend says so; an end they dispute says so in the status column,
// and the cells the sources leave open before it are unknown.
func TestTimelineDisputedDates(t *testing.T) {
	ev := func(date, kind string) model.Event { return model.Event{Date: date, Kind: kind} }
	rd := func(v string) model.Reading { return model.Reading{Field: "event", Value: v, Sources: []string{"s"}} }
	tests := []struct {
		name     string
		events   []model.Event
		readings []model.Reading
		cells    string
		status   string
	}{
		{"a launch in 2012 or 2013", []model.Event{ev("2010", "announced"), ev("2012-04", "launched"), ev("2015", "closed")},
			[]model.Reading{rd("launched in April 2012"), rd("formed in 2013")}, "◆─╍╍━✕ ", "✕ closed 2015"},
		{"a launch in 2014, or 2013 by another source", []model.Event{ev("2010", "announced"), ev("2014", "launched")},
			[]model.Reading{rd("in 2014"), rd("in 2013")}, "◆──╍╍┄┄", "┄ unknown after 2014"},
		{"dropped in 2013, or 2011 by another source", []model.Event{ev("2010", "announced"), ev("2013-08", "dropped")},
			[]model.Reading{rd("August 2013"), rd("in 2011")}, "◆┄┄✕   ", "✕ dropped 2013-08, or 2011"},
		{"dropped in 2013, or before its announcement by another source", []model.Event{ev("2011", "other"), ev("2012", "announced"), ev("2013-08", "dropped")},
			[]model.Reading{rd("August 2013"), rd("in 2010")}, " •◆✕   ", "✕ dropped 2013-08, or 2010"},
	}
	span := &model.Mutual{Name: "span", Events: []model.Event{ev("2010", "other"), ev("2016", "other")}}
	for _, tt := range tests {
		m := &model.Mutual{Name: "m", Events: tt.events, Readings: tt.readings}
		rows := NewTimelineRows([]*model.Mutual{span, m})
		c := NewTimelineChart(rows, rows.NameW+1+7, NewStyles(true))
		l := rows.Timeline.Lines[1]
		if got := string(c.lifelineCells(l)); got != tt.cells {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.cells)
		}
		if got := lifelineStatus(l); got != tt.status {
			t.Errorf("%s: status %q, want %q", tt.name, got, tt.status)
		}
		legend := strings.Join(NewTimelineChart(rows, 200, Styles{}).Lines(), "\n")
		if !l.StartDisputed.IsZero() && !strings.Contains(legend, string(GlyphStartUnknown)+" running from a start no source dates, or sources dispute") {
			t.Errorf("%s: the legend does not explain a disputed start:\n%s", tt.name, legend)
		}
	}
}

// TestTimelineYearOnlyLaunchAfterItsPlans: at a cell a month, a launch
// known only to its year runs from after a more precise planned fact of
// that year (Swindon: 2011, after plans dated 2011-02-02), not from
// January.
func TestTimelineYearOnlyLaunchAfterItsPlans(t *testing.T) {
	ev := func(date, kind string) model.Event { return model.Event{Date: date, Kind: kind} }
	span := &model.Mutual{Name: "span", Events: []model.Event{ev("2011", "other"), ev("2012", "other")}}
	m := &model.Mutual{Name: "m", Events: []model.Event{ev("2011-02-02", "announced"), ev("2011", "launched"), ev("2012-06", "closed")}}
	rows := NewTimelineRows([]*model.Mutual{span, m})
	c := NewTimelineChart(rows, rows.NameW+1+24, NewStyles(true))
	if c.Scale != 12 {
		t.Fatalf("%v cells a year", c.Scale)
	}
	cells := []rune(string(c.lifelineCells(rows.Timeline.Lines[1])))
	if got := string(cells[:3]); got != " ◆━" {
		t.Errorf("the launch is drawn before its plans: %q", string(cells))
	}
}
