package browser

import (
	"context"

	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// timelineScreen is the chart `mutuals timeline` prints, for the mutuals
// the filter shows. The ruler stays put while the rows and the legend
// scroll; only the rows on screen are drawn. A cursor picks a row, and
// enter opens that mutual at its events.
type timelineScreen struct {
	*common
	snapshot
	count  int                  // mutuals asked for
	rows   *render.TimelineRows // nil while they are being built
	width  int
	height int
	chart  render.TimelineChart
	body   scroller
	cursor int // the row under the cursor
}

// Lines of the timeline screen above its rows: the title and the ruler.
const timelineTop = 3

// gutter is the cells left of the chart, where the cursor's glyph goes.
const gutter = 2

func newTimelineScreen(c *common, d snapshot) *timelineScreen {
	return &timelineScreen{common: c, snapshot: d}
}

// keyMap is the timeline screen's keys: its dispatch, its footer and its
// section of the ? screen.
func (s *timelineScreen) keyMap() keyMap {
	k := s.keys
	return keyMap{
		{key: relabel(k.Open, "enter", "that mutual's events"), do: just(s.open), foot: 1, says: "events"},
		{key: relabel(k.Timeline, "t", "back to the list"), do: s.askFor(closeScreen{})},
		{key: k.Copy, do: just(s.copy), foot: 4},
		{key: k.Down, foot: 2, keys: "j/k", says: "move", unnamed: true}, // the moves
		{key: k.Back, do: s.askFor(closeScreen{}), foot: 3, says: "back", unnamed: true},
		{key: k.PageDown, foot: 5, unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), foot: 6, unnamed: true},
	}
}

func (s *timelineScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

func (s *timelineScreen) FullHelp() [][]key.Binding { return fullHelp(s.keyGroups()) }

// keyGroups are the timeline screen's section of the ? screen.
func (s *timelineScreen) keyGroups() []keyGroup { return s.keyMap().section("On the timeline screen") }

// build starts the timeline of the mutuals at positions shown, its cursor
// on row row (the list's cursor, as t opens it). A big set
// is built off the UI path, so the screen opens at once.
func (s *timelineScreen) build(shown []int, row int) tea.Cmd {
	s.count, s.rows, s.cursor = len(shown), nil, max(row, 0)
	s.body.Top()
	mutuals := s.ds.Mutuals
	s.render() // still drawing, until its rows come back
	s.ask(runJob{kind: timelineJob, size: len(shown), work: func(context.Context) any {
		ms := make([]*model.Mutual, len(shown))
		for i, at := range shown {
			ms[i] = &mutuals[at]
		}
		return render.NewTimelineRows(ms)
	}})
	return nil
}

func (s *timelineScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.body.SetHeight(h - timelineTop)
	s.render()
}

func (s *timelineScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseWheelMsg:
		s.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		s.click(msg.Mouse())
	case listChanged:
		return s.build(msg.shown, 0)
	case dataChanged:
		s.snapshot = msg.snapshot // the list that follows it comes in listChanged
	case render.TimelineRows:
		s.rows = &msg
		s.render()
	}
	return nil
}

func (s *timelineScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := s.keyMap().dispatch(msg); ok {
		return cmd
	}
	if d, ok := s.keys.movement(msg, max(s.body.height-1, 1), s.chart.Len()); ok {
		s.move(d)
	}
	return nil
}

// copy puts the timeline on the clipboard as Markdown.
func (s *timelineScreen) copy() {
	if s.rows == nil {
		s.ask(showStatus{"nothing to copy yet: the timeline is still being drawn"})
		return
	}
	s.ask(copyText{format.TimelineMarkdown(s.rows.Timeline), fmt.Sprintf("the timeline of %d mutuals", s.count)})
}

func (s *timelineScreen) render() {
	if s.rows == nil {
		s.body.SetLines(nil)
		return
	}
	s.chart = render.NewTimelineChart(*s.rows, s.width-gutter, s.st)
	s.cursor = min(s.cursor, max(s.chart.Rows()-1, 0))
	offset := s.body.offset
	s.body.SetSource(max(s.chart.Len()-2, 0), s.line)
	s.body.offset = offset
	s.follow()
}

// line is line i under the ruler, the cursor's row marked by glyph as well
// as style, so that it reads without colour.
func (s *timelineScreen) line(i int) string {
	if i == s.cursor && i < s.chart.Rows() {
		return s.st.Title.Render(cursorGlyph) + " " + s.chart.Cursor(i)
	}
	return "  " + s.chart.Line(i+2)
}

// title says what is drawn and where the cursor is; on a narrow screen
// the years give way first, then the count, and the cursor's row stays.
func (s *timelineScreen) title() string {
	count := fmt.Sprintf("%d %s", s.count, model.Plural(s.count, "mutual", "mutuals"))
	var years, row string
	if s.rows != nil && s.rows.Timeline.Years() > 0 {
		years = fmt.Sprintf("%d–%d", s.rows.Timeline.FirstYear, s.rows.Timeline.LastYear)
	}
	if n := s.chart.Rows(); s.rows != nil && n > 0 {
		row = fmt.Sprintf("row %d of %d", s.cursor+1, n)
	}
	candidates := [][]string{{"Timeline", count, years, row}, {"Timeline", count, row}, {"Timeline", row}}
	for _, parts := range candidates {
		if t := joinParts(parts); render.Width(t)+2 <= s.width {
			return t
		}
	}
	return joinParts(candidates[len(candidates)-1])
}

func (s *timelineScreen) View() string {
	lines := []string{paneTitle(s.title(), true, s.width, s.st)}
	switch {
	case s.rows == nil:
		lines = append(lines, "", s.st.Hint.Render(fmt.Sprintf("drawing the timeline of %d mutuals…", s.count)))
	case s.count == 0:
		lines = append(lines, "", s.st.Hint.Render("no mutuals match the filter: esc, then change the search"))
	default:
		lines = append(lines, "  "+s.chart.Line(0), "  "+s.chart.Line(1))
		lines = append(lines, s.body.Visible()...)
	}
	return fit(lines, s.width, s.height)
}
