package ui

// scroller shows a window of pre-rendered lines: the detail pane, the
// comparison and the help all scroll the same way.
type scroller struct {
	lines  []string
	offset int
	height int
}

func (s *scroller) SetLines(lines []string) {
	s.lines = lines
	s.Scroll(0)
}

func (s *scroller) SetHeight(h int) {
	s.height = max(h, 0)
	s.Scroll(0)
}

// Scroll moves the window by delta lines, staying within the text.
func (s *scroller) Scroll(delta int) {
	s.offset = min(max(s.offset+delta, 0), max(len(s.lines)-s.height, 0))
}

func (s *scroller) Top()    { s.offset = 0 }
func (s *scroller) Bottom() { s.Scroll(len(s.lines)) }

// Visible is the lines in the window.
func (s scroller) Visible() []string {
	end := min(s.offset+s.height, len(s.lines))
	if s.offset >= end {
		return nil
	}
	return s.lines[s.offset:end]
}

// Position says where the window is, such as "12–30 of 44", or "" when all
// the text fits.
func (s scroller) Position() string {
	if len(s.lines) <= s.height {
		return ""
	}
	return itoa(s.offset+1) + "–" + itoa(min(s.offset+s.height, len(s.lines))) + " of " + itoa(len(s.lines))
}
