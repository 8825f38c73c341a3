package browser

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// helpScreen is the ? screen: every key, in the titled groups the screens
// give, and the query language, set in as many columns as the width
// holds. It is made from the key maps, so it cannot disagree with the
// keys.
type helpScreen struct {
	*common
	groups []keyGroup
	width  int
	height int
	body   scroller
}

func newHelpScreen(c *common, groups []keyGroup) *helpScreen {
	return &helpScreen{common: c, groups: groups}
}

// keyMap is the help screen's keys: back, and the moves, named in the
// footer only when there is somewhere to move.
func (s *helpScreen) keyMap() keyMap {
	k, moves := s.keys, s.body.Position() != ""
	return keyMap{
		{key: k.Back, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Help, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Up, foot: footIf(moves, 1), unnamed: true},
		{key: k.Down, foot: footIf(moves, 2), unnamed: true},
		{key: k.PageDown, foot: footIf(moves, 3), unnamed: true},
	}
}

func (s *helpScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

func (s *helpScreen) FullHelp() [][]key.Binding { return fullHelp(s.groups) }

func (s *helpScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.body.SetHeight(h - 1)
	s.body.SetLines(s.lines())
}

func (s *helpScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if _, ok := s.keyMap().dispatch(msg); !ok {
			s.scroll(msg, &s.body)
		}
	case tea.MouseWheelMsg:
		s.body.Scroll(wheel(msg.Mouse()))
	}
	return nil
}

func (s *helpScreen) View() string {
	title := "Keys"
	if pos := s.body.Position(); pos != "" {
		title += " · " + pos + " (j/k scroll)"
	}
	return fit(append([]string{paneTitle(title, true, s.width, s.st)}, s.body.Visible()...), s.width, s.height)
}

// helpGap is the space between two columns of the help.
const helpGap = 3

// A column of the help is at least helpNarrowest cells wide, so that
// two fit in 70, and at most helpWidest, so that a line stays readable.
const (
	helpNarrowest = 32
	helpWidest    = 60
)

// lines are the sections, a group of keys each and the query language,
// set in columns.
func (s *helpScreen) lines() []string {
	width := s.width
	if width <= 0 { // not laid out yet: as on an 80-column terminal
		width = 80
	}
	n := max(1, (width+helpGap)/(helpNarrowest+helpGap))
	w := max(min((width-helpGap*(n-1))/n, helpWidest), 1)
	var sections [][]string
	for _, g := range s.groups {
		sections = append(sections, s.keySection(g, w))
	}
	sections = append(sections, s.querySection(w))
	return columns(sections, w, n)
}

// keySection is a group's title over its keys, each key's description
// wrapped beside it.
func (s *helpScreen) keySection(g keyGroup, w int) []string {
	keyW := 0
	for _, k := range g.keys {
		keyW = max(keyW, render.Width(k.Help().Key))
	}
	out := []string{s.st.Heading.Render(render.Truncate(g.title, w))}
	for _, k := range g.keys {
		h := k.Help()
		head := " " + s.st.Key.Render(render.Pad(h.Key, keyW)) + " "
		for _, l := range render.Wrap(h.Desc, max(w-keyW-2, 1)) {
			out = append(out, head+l)
			head = strings.Repeat(" ", keyW+2)
		}
	}
	return out
}

// querySection is the query language. Its fields come from the model's
// table, so the help names every one.
func (s *helpScreen) querySection(w int) []string {
	out := []string{s.st.Heading.Render("Query language")}
	example := func(term, what string) {
		head := " " + s.st.Key.Render(render.Pad(term, 14)) + " "
		for _, l := range render.Wrap(what, max(w-16, 1)) {
			out = append(out, head+l)
			head = strings.Repeat(" ", 16)
		}
	}
	example("adult", "a word matches any field")
	example("service:health", "field:word limits it to a field")
	example(`"adult social"`, "quotes make a phrase")
	example("-kpmg", "a minus excludes")
	example("a b | c", "either side of a bar may match; terms bind tighter: (a and b) or c")
	for _, l := range render.Wrap("All terms of a side must match; case and accents are ignored. The fields: "+
		strings.Join(model.QueryFieldNames(), ", ")+".", max(w-1, 1)) {
		out = append(out, " "+l)
	}
	return out
}

// columns sets sections, in order, in at most n columns w wide with the
// shortest longest column: each section whole, a blank line between two
// in a column.
func columns(sections [][]string, w, n int) []string {
	total := 0
	for _, sec := range sections {
		total += len(sec) + 1
	}
	var cols [][]string
	for limit := 1; limit <= total; limit++ {
		if cols = fill(sections, limit); len(cols) <= n {
			break
		}
	}
	height := 0
	for _, c := range cols {
		height = max(height, len(c))
	}
	out := make([]string, height)
	for i := range out {
		var row []string
		for _, c := range cols {
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			row = append(row, render.Pad(render.Truncate(cell, w), w))
		}
		out[i] = strings.TrimRight(strings.Join(row, strings.Repeat(" ", helpGap)), " ")
	}
	return out
}

// fill puts sections into columns of at most limit lines, a new column
// when the next section does not fit (a section longer than limit has a
// column to itself).
func fill(sections [][]string, limit int) [][]string {
	var cols [][]string
	var col []string
	for _, sec := range sections {
		if len(col) > 0 && len(col)+1+len(sec) > limit {
			cols, col = append(cols, col), nil
		}
		if len(col) > 0 {
			col = append(col, "")
		}
		col = append(col, sec...)
	}
	return append(cols, col)
}
