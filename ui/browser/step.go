package browser

import tea "charm.land/bubbletea/v2"

// stepper is how a record opened from a list (the detail from the list, a
// mutual's events from the timeline) goes to the next or previous one
// with ] and [: it moves the cursor of the screen it was opened from, so
// that going back finds the cursor on the record last shown, and the
// order, search and sort are that screen's.
type stepper struct {
	ask  func(tea.Msg)
	move func(d int) (at int, moved bool) // the cursor by d: where it is now
}

// by moves a row down (d = 1, for ]) or up (-1, for [); at the end of
// the list it says so, and ok is false.
func (s stepper) by(d int) (at int, ok bool) {
	if s.move == nil {
		return -1, false
	}
	end := "the last"
	if d < 0 {
		end = "the first"
	}
	at, ok = s.move(d)
	if !ok {
		s.ask(showStatus{"this is " + end + " mutual of the list"})
	}
	return at, ok
}

// stepper moves the list's cursor, for ] and [ on the detail.
func (s *listScreen) stepper() stepper {
	return stepper{s.ask, func(d int) (int, bool) {
		before := s.pane.cursor
		s.pane.Move(d)
		s.sync()
		return s.current(), s.pane.cursor != before
	}}
}
