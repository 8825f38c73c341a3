package browser

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// wantColumn is the column width the comparison screen aims for before it
// scrolls columns sideways.
const wantColumn = 22

// compareScreen is the marked mutuals side by side: mutuals as columns,
// fields as rows, columns scrolled sideways when they do not fit.
type compareScreen struct {
	*common
	ms       []*model.Mutual
	all      bool // every field, not only the default rows
	diffOnly bool
	first    int // first column on screen
	columns  int // columns on screen
	width    int
	height   int
	body     scroller
}

func newCompareScreen(c *common, ms []*model.Mutual) *compareScreen {
	return &compareScreen{common: c, ms: ms}
}

// compareKeys are the comparison screen's keys on the ? screen.
func compareKeys(k KeyMap) []keyGroup {
	return []keyGroup{{"On the comparison screen", []key.Binding{k.Left, k.Right, k.AllFields, k.DiffOnly, k.Print, k.Copy}}}
}

func (s *compareScreen) ShortHelp() []key.Binding {
	k := s.keys
	return []key.Binding{k.Print, k.Copy, k.AllFields, k.DiffOnly, k.Left, k.Right, k.Back, k.Help}
}

func (s *compareScreen) FullHelp() [][]key.Binding { return fullHelp(compareKeys(s.keys)) }

// Comparison is what the screen shows, as printed by p.
func (s *compareScreen) Comparison() model.Comparison {
	fields := s.fields
	if s.all {
		fields = model.CompareFields()
	}
	c := model.Compare(s.ms, fields, s.ds.Programme)
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
	s.body.SetHeight(h - 1)
	s.render()
}

func (s *compareScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return s.key(msg)
	case tea.MouseWheelMsg:
		s.body.Scroll(wheel(msg.Mouse()))
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
	if l.ColW < render.MinColumn {
		s.body.SetLines(render.StackedCompare(c, s.width, s.st))
		return
	}
	lines := l.Header()
	if len(c.Body()) == 0 {
		lines = append(lines, "", s.st.Dim.Render("no differences in these fields (d shows all rows)"))
	}
	for _, r := range c.Body() {
		lines = append(lines, "")
		lines = append(lines, l.Row(r)...)
	}
	s.body.SetLines(append(append(lines, ""), render.CompareLegend(c, s.width, s.st)...))
}

func (s *compareScreen) title() string {
	rows := "default fields"
	if s.all {
		rows = "all fields"
	}
	if s.diffOnly {
		rows += ", differences only"
	}
	t := fmt.Sprintf("Comparing %d mutuals · %s", len(s.ms), rows)
	if s.columns < len(s.ms) {
		t += fmt.Sprintf(" · columns %d–%d of %d (←/→)", s.first+1, s.first+s.columns, len(s.ms))
	}
	if pos := s.body.Position(); pos != "" {
		t += " · lines " + pos
	}
	return t
}

func (s *compareScreen) View() string {
	lines := append([]string{paneTitle(s.title(), true, s.width, s.st)}, s.body.Visible()...)
	return fit(lines, s.width, s.height)
}
