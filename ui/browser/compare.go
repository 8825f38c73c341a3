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
	// made is the comparison shown, made once for the mutuals, fields and
	// rows asked (a long record's takes a while), not again a layout
	made *model.Comparison
}

func newCompareScreen(c *common, d snapshot, ms []*model.Mutual, fields []string) *compareScreen {
	return &compareScreen{common: c, snapshot: d, ms: ms, fields: fields}
}

func (s *compareScreen) FullHelp() [][]key.Binding { return fullHelp(s.keyGroups()) }

// keyGroups are the comparison screen's section of the ? screen.
func (s *compareScreen) keyGroups() []keyGroup { return s.keyMap().section("On the comparison screen") }

// Comparison is what the screen shows, as printed by p.
func (s *compareScreen) Comparison() model.Comparison {
	if s.made == nil {
		c := s.compare()
		s.made = &c
	}
	return *s.made
}

// compare makes the comparison the screen shows.
func (s *compareScreen) compare() model.Comparison {
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
		s.snapshot, s.made = msg.snapshot, nil // the marks that follow it come in marksChanged
	case marksChanged:
		if len(msg.ms) < 2 {
			s.ask(closeScreen{})
			s.ask(showStatus{"fewer than two marked mutuals are left after the reload"})
			return nil
		}
		s.ms, s.made = msg.ms, nil
		s.render()
	}
	return nil
}

func (s *compareScreen) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := s.keyMap().dispatch(msg); ok {
		return cmd
	}
	s.scroll(msg, &s.body)
	return nil
}

// keyMap is the comparison screen's keys: its dispatch, its footer (what
// the screen hides first: columns off it, then the other fields) and its
// section of the ? screen.
func (s *compareScreen) keyMap() keyMap {
	k := s.keys
	rows := "differences only"
	if s.diffOnly {
		rows = "all rows"
	}
	return keyMap{
		// The footer's places are priorities: a short footer keeps the
		// first, what this screen is for (the columns off screen,
		// differences, print, copy) before the rest.
		{key: k.Left, do: just(func() { s.shift(-1) })},
		{key: k.Right, do: just(func() { s.shift(1) }), foot: footIf(s.columns < len(s.ms), 1), keys: "←/→", says: "columns"},
		{key: k.AllFields, do: just(s.toggleAll), foot: 5, says: s.fieldsName(s.rows(!s.all))},
		{key: k.Down, foot: 6, keys: "j/k", says: "rows", unnamed: true}, // the moves
		{key: k.DiffOnly, do: just(s.toggleDiffOnly), foot: 2, says: rows},
		{key: k.Print, do: just(s.print), foot: 3},
		{key: k.Copy, do: just(s.copy), foot: 4},
		// esc only goes back from here: there is no search to clear
		{key: k.Back, do: s.askFor(closeScreen{}), foot: 7, says: "back", unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), foot: 8, unnamed: true},
	}
}

func (s *compareScreen) toggleAll() {
	s.all, s.made = !s.all, nil
	s.render()
}

func (s *compareScreen) toggleDiffOnly() {
	s.diffOnly, s.made = !s.diffOnly, nil
	s.render()
}

// print asks for the comparison to be printed once the program ends, when
// the data is checked.
func (s *compareScreen) print() {
	if s.loading {
		s.ask(showStatus{notYet("p prints")})
		return
	}
	s.ask(printComparison{s.Comparison()})
}

// copy puts the comparison on the clipboard as the table a report takes
// (compare --format markdown --plain): names as headings, values as text,
// the sources as numbered notes, none of the screen's marks.
func (s *compareScreen) copy() {
	c := s.Comparison()
	s.ask(copyText{format.TableMarkdown(format.PlainComparison(s.ds, c)), fmt.Sprintf("the comparison of %d mutuals", len(c.Mutuals))})
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
	s.columns = render.CompareColumns(c, s.width, wantColumn)
	s.first = min(s.first, max(len(s.ms)-s.columns, 0))
	cols := make([]int, s.columns)
	for i := range cols {
		cols[i] = s.first + i
	}
	p := render.NewCompareParts(c, s.width, cols, s.st, render.CompareView{
		Label: s.headLabel(), NameLines: s.headLines(), Rule: s.height >= ruledHeight,
		NoDifferences: "no differences in these fields (d shows all rows)",
		Budget:        render.NewBudget(s.keys.Print.Help().Key + " prints it all"),
	})
	s.head, s.labels, s.labelW = p.Head, p.Labels, p.LabelWidth
	s.setBody(p.Body)
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
