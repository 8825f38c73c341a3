package browser

import (
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// The timeline's cursor: the keys and the wheel move it over the rows, the
// view following; a click puts it on a row.

// move puts the cursor delta rows on and keeps it in view. At the last row
// the view goes on to the legend under the rows.
func (s *timelineScreen) move(delta int) {
	rows := s.chart.Rows()
	if rows == 0 {
		s.body.Scroll(delta)
		return
	}
	s.cursor = min(max(s.cursor+delta, 0), rows-1)
	if s.cursor == rows-1 && delta > 0 {
		s.body.Scroll(s.body.count)
	}
	s.follow()
}

// follow scrolls as little as keeps the cursor's row in view.
func (s *timelineScreen) follow() {
	switch {
	case s.cursor < s.body.offset:
		s.body.offset = s.cursor
	case s.cursor >= s.body.offset+s.body.height:
		s.body.offset = s.cursor - s.body.height + 1
	}
	s.body.Scroll(0)
}

// wheel scrolls the view, taking the cursor along where it would leave it.
func (s *timelineScreen) wheel(m tea.Mouse) {
	s.body.Scroll(wheel(m))
	if rows := s.chart.Rows(); rows > 0 {
		s.body.offset = min(s.body.offset, rows-1) // a row stays for the cursor
		last := min(s.body.offset+s.body.height, rows) - 1
		s.cursor = min(max(s.cursor, s.body.offset), max(last, 0))
	}
}

// click puts the cursor on the row at line y of the screen.
func (s *timelineScreen) click(m tea.Mouse) {
	if m.Button != tea.MouseLeft || m.Y < timelineTop {
		return
	}
	if i := s.body.offset + m.Y - timelineTop; i < s.chart.Rows() && m.Y-timelineTop < s.body.height {
		s.cursor = i
	}
}

// open shows the mutual under the cursor at its events.
func (s *timelineScreen) open() {
	if s.rows == nil || s.cursor >= len(s.rows.Timeline.Lines) {
		return
	}
	e := newEventsScreen(s.common, s.snapshot, s.rows.Timeline.Lines[s.cursor].Mutual, s.stepper())
	e.rowMutual = func(row int) *model.Mutual {
		if s.rows == nil || row < 0 || row >= len(s.rows.Timeline.Lines) {
			return nil
		}
		return s.rows.Timeline.Lines[row].Mutual
	}
	s.ask(openScreen{e})
}

// stepper moves the timeline's cursor a row for ] and [ on a mutual's
// events opened from it, and gives the mutual now under it.
func (s *timelineScreen) stepper() stepper {
	return stepper{s.ask, func(d int) (int, bool) {
		before := s.cursor
		s.move(d)
		return s.cursor, s.cursor != before
	}}
}
