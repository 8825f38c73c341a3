package browser

import (
	"strconv"
)

// scroller shows a window of lines: the detail pane, the comparison, the
// help and the timeline all scroll the same way. The lines are rendered in
// advance, or on demand by a source (the timeline of 100k mutuals draws
// only the rows on screen).
type scroller struct {
	lines  []string
	source func(i int) string // when set, renders line i; lines is unused
	count  int
	offset int
	height int
}

func (s *scroller) SetLines(lines []string) {
	s.lines, s.source, s.count = lines, nil, len(lines)
	s.Scroll(0)
}

// SetSource shows n lines that line renders when they come into view.
func (s *scroller) SetSource(n int, line func(i int) string) {
	s.lines, s.source, s.count = nil, line, max(n, 0)
	s.Scroll(0)
}

func (s *scroller) SetHeight(h int) {
	s.height = max(h, 0)
	s.Scroll(0)
}

// Scroll moves the window by delta lines, staying within the text.
func (s *scroller) Scroll(delta int) {
	s.offset = min(max(s.offset+delta, 0), max(s.count-s.height, 0))
}

func (s *scroller) Top() { s.offset = 0 }

// Visible is the lines in the window.
func (s scroller) Visible() []string {
	end := min(s.offset+s.height, s.count)
	if s.offset >= end {
		return nil
	}
	if s.source == nil {
		return s.lines[s.offset:end]
	}
	out := make([]string, 0, end-s.offset)
	for i := s.offset; i < end; i++ {
		out = append(out, s.source(i))
	}
	return out
}

// Position says where the window is, such as "12–30 of 44", or "" when all
// the text fits.
func (s scroller) Position() string {
	if s.count <= s.height {
		return ""
	}
	return strconv.Itoa(s.offset+1) + "–" + strconv.Itoa(min(s.offset+s.height, s.count)) + " of " + strconv.Itoa(s.count)
}
