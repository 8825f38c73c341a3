package browser

import (
	"fmt"

	"github.com/mutuals/mutuals/model"

	"github.com/mutuals/mutuals/ui/render"
)

// wantColumn is the column width the comparison screen aims for before it
// scrolls columns sideways.
const wantColumn = 22

// comparePane is the comparison screen: the marked mutuals as columns,
// fields as rows, columns scrolled sideways when they do not fit.
type comparePane struct {
	ms       []*model.Mutual
	prog     model.Programme
	fields   []string // the default rows
	all      bool
	diffOnly bool
	first    int // first column on screen
	shown    int // columns on screen
	width    int
	height   int
	body     scroller
}

func newComparePane(ms []*model.Mutual, prog model.Programme, fields []string) comparePane {
	return comparePane{ms: ms, prog: prog, fields: fields}
}

// Comparison is what the screen shows, as printed by p.
func (p comparePane) Comparison() model.Comparison {
	fields := p.fields
	if p.all {
		fields = model.CompareFields()
	}
	c := model.Compare(p.ms, fields, p.prog)
	if p.diffOnly {
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

func (p *comparePane) SetSize(w, h int, st render.Styles) {
	p.width, p.height = w, h
	p.body.SetHeight(h - 1)
	p.render(st)
}

// Shift scrolls the columns sideways by delta.
func (p *comparePane) Shift(delta int, st render.Styles) {
	p.first = min(max(p.first+delta, 0), max(len(p.ms)-p.shown, 0))
	p.render(st)
}

func (p *comparePane) Toggle(all, diffOnly bool, st render.Styles) {
	p.all, p.diffOnly = p.all != all, p.diffOnly != diffOnly
	p.render(st)
}

func (p *comparePane) render(st render.Styles) {
	c := p.Comparison()
	labelW := render.CompareLabelWidth(c)
	p.shown = min(max((p.width-labelW-2)/(wantColumn+render.SepWidth), 1), len(p.ms))
	p.first = min(p.first, max(len(p.ms)-p.shown, 0))
	cols := make([]int, p.shown)
	for i := range cols {
		cols[i] = p.first + i
	}
	l := render.NewCompareLayout(c, st, p.width, cols)
	if l.ColW < render.MinColumn {
		p.body.SetLines(render.StackedCompare(c, p.width, st))
		return
	}
	lines := l.Header()
	if len(c.Body()) == 0 {
		lines = append(lines, "", st.Dim.Render("no differences in these fields (d shows all rows)"))
	}
	for _, r := range c.Body() {
		lines = append(lines, "")
		lines = append(lines, l.Row(r)...)
	}
	p.body.SetLines(append(append(lines, ""), render.CompareLegend(c, p.width, st)...))
}

func (p comparePane) title() string {
	rows := "default fields"
	if p.all {
		rows = "all fields"
	}
	if p.diffOnly {
		rows += ", differences only"
	}
	s := fmt.Sprintf("Comparing %d mutuals · %s", len(p.ms), rows)
	if p.shown < len(p.ms) {
		s += fmt.Sprintf(" · columns %d–%d of %d (←/→)", p.first+1, p.first+p.shown, len(p.ms))
	}
	if pos := p.body.Position(); pos != "" {
		s += " · lines " + pos
	}
	return s
}

func (p comparePane) View(st render.Styles) string {
	lines := append([]string{paneTitle(p.title(), true, p.width, st)}, p.body.Visible()...)
	return fit(lines, p.width, p.height)
}
