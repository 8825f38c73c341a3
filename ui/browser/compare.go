package browser

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// wantColumn is the column width the comparison screen aims for before it
// scrolls columns sideways: narrow enough that two mutuals sit side by
// side on a 60-column terminal.
const wantColumn = 18

// compareScreen is the marked mutuals side by side: mutuals as columns,
// fields as rows, columns scrolled sideways when they do not fit.
type compareScreen struct {
	*common
	snapshot
	ms       []*model.Mutual
	fields   []string // the rows it opened on
	all      bool     // a was pressed: the other set of fields (see rows)
	diffOnly bool
	first    int // first column on screen
	columns  int // columns on screen
	width    int
	height   int
	head     []string // the names over the columns, kept in view
	body     scroller // everything under them
	labels   []string // for each line of body that goes on a row, its label
	labelW   int      // cells of the label column
}

func newCompareScreen(c *common, d snapshot, ms []*model.Mutual, fields []string) *compareScreen {
	return &compareScreen{common: c, snapshot: d, ms: ms, fields: fields}
}

// compareKeys are the comparison screen's keys on the ? screen.
func compareKeys(k KeyMap) []keyGroup {
	return []keyGroup{{"On the comparison screen", []key.Binding{k.Left, k.Right, k.AllFields, k.DiffOnly, k.Print, k.Copy}}}
}

func (s *compareScreen) FullHelp() [][]key.Binding { return fullHelp(compareKeys(s.keys)) }

// Comparison is what the screen shows, as printed by p.
func (s *compareScreen) Comparison() model.Comparison {
	c := model.Compare(s.ms, s.rows(s.all), s.ds)
	if s.diffOnly {
		var rows []model.Row
		for _, r := range c.Rows {
			if !r.Same {
				rows = append(rows, r)
			}
		}
		c.Rows = rows
	}
	return c
}

func (s *compareScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.render()
}

func (s *compareScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseWheelMsg:
		s.wheel(msg.Mouse())
	case dataChanged:
		s.snapshot = msg.snapshot // the marks that follow it come in marksChanged
	case marksChanged:
		if len(msg.ms) < 2 {
			s.ask(closeScreen{})
			s.ask(showStatus{"fewer than two marked mutuals are left after the reload"})
			return nil
		}
		s.ms = msg.ms
		s.render()
	}
	return nil
}

func (s *compareScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.Back):
		s.ask(closeScreen{})
	case key.Matches(msg, k.Left):
		s.shift(-1)
	case key.Matches(msg, k.Right):
		s.shift(1)
	case key.Matches(msg, k.AllFields):
		s.all = !s.all
		s.render()
	case key.Matches(msg, k.DiffOnly):
		s.diffOnly = !s.diffOnly
		s.render()
	case key.Matches(msg, k.Print):
		if s.loading {
			s.ask(showStatus{notYet("p prints")})
			return nil
		}
		s.ask(printComparison{s.Comparison()})
	case key.Matches(msg, k.Copy):
		c := s.Comparison()
		s.ask(copyText{format.ComparisonMarkdown(c), fmt.Sprintf("the comparison of %d mutuals", len(c.Mutuals))})
	case key.Matches(msg, k.Help):
		s.ask(openHelp{})
	default:
		s.scroll(msg, &s.body)
	}
	return nil
}

// shift scrolls the columns sideways by delta.
func (s *compareScreen) shift(delta int) {
	s.first = min(max(s.first+delta, 0), max(len(s.ms)-s.columns, 0))
	s.render()
}

// wheel scrolls the rows, or the columns with a sideways wheel.
func (s *compareScreen) wheel(m tea.Mouse) {
	switch m.Button {
	case tea.MouseWheelLeft:
		s.shift(-1)
	case tea.MouseWheelRight:
		s.shift(1)
	default:
		s.body.Scroll(wheel(m))
	}
}

// render lays the comparison out: the names over the columns stay in view
// while the rows under them scroll, as the field labels beside the rows
// stay in view while the columns scroll.
func (s *compareScreen) render() {
	c := s.Comparison()
	labelW := render.CompareLabelWidth(c)
	s.columns = min(max((s.width-labelW-2)/(wantColumn+render.SepWidth), 1), len(s.ms))
	s.first = min(s.first, max(len(s.ms)-s.columns, 0))
	cols := make([]int, s.columns)
	for i := range cols {
		cols[i] = s.first + i
	}
	l := render.NewCompareLayout(c, s.st, s.width, cols)
	s.head, s.labels, s.labelW = nil, nil, l.LabelWidth()
	if l.ColW < render.MinColumn {
		// too narrow for columns (narrower than the browser draws): the
		// stacked layout numbers the mutuals at its top
		s.setBody(render.StackedCompare(c, s.width, s.st))
		return
	}
	s.head = l.Names(s.headLabel(), s.headLines())
	if s.height >= ruledHeight {
		s.head = append(s.head, l.Rule())
	}
	var body []string
	add := func(lines []string, label string) {
		body = append(body, lines...)
		for i := range lines {
			if i == 0 { // its own label is on it
				s.labels = append(s.labels, "")
				continue
			}
			s.labels = append(s.labels, label)
		}
	}
	for i := 1; i < len(c.Header); i++ {
		add(l.Fact(i), l.FactLabel(i))
	}
	if len(c.Body()) == 0 {
		body = append(body, "", s.st.Dim.Render("no differences in these fields (d shows all rows)"))
	}
	for _, r := range c.Body() {
		add([]string{""}, "")
		add(l.Row(r), l.Label(r))
	}
	s.setBody(append(append(body, ""), render.CompareLegend(c, s.width, s.st)...))
}

// setBody shows lines under the names.
func (s *compareScreen) setBody(lines []string) {
	s.body.SetHeight(s.height - 1 - len(s.head))
	s.body.SetLines(lines)
}

// visibleBody is the rows on screen; a row whose first line has scrolled
// away keeps its label on the top line, so that no value is shown
// without the field it is.
func (s *compareScreen) visibleBody() []string {
	lines := s.body.Visible()
	if len(lines) == 0 || s.body.offset >= len(s.labels) || s.labels[s.body.offset] == "" {
		return lines
	}
	blank := strings.Repeat(" ", s.labelW)
	if !strings.HasPrefix(lines[0], blank) {
		return lines
	}
	lines = slices.Clone(lines)
	lines[0] = s.labels[s.body.offset] + lines[0][len(blank):]
	return lines
}

// ruledHeight is the least height at which a rule sets the names apart:
// below it, the line is worth more as a row.
const ruledHeight = 12

// headLines is how many lines a name may take over its column: a quarter
// of the screen, one to three lines, so that the rows keep the most.
func (s *compareScreen) headLines() int { return min(max((s.height-1)/4, 1), 3) }

// headLabel stands beside the names, with an arrow to each side where
// there are columns off the screen.
func (s *compareScreen) headLabel() string {
	label := "name"
	if s.first > 0 {
		label += " ←"
	}
	if s.first+s.columns < len(s.ms) {
		label += " →"
	}
	return label
}

func (s *compareScreen) View() string {
	lines := append([]string{paneTitle(s.title(), true, s.width, s.st)}, s.head...)
	return fit(append(lines, s.visibleBody()...), s.width, s.height)
}
