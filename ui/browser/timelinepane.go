package browser

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"

	"github.com/mutuals/mutuals/ui/render"
)

// timelinePane is the timeline screen: the chart `mutuals timeline` prints,
// for the mutuals the filter shows. The ruler stays put while the rows and
// the legend scroll; only the rows on screen are drawn.
type timelinePane struct {
	count  int                  // mutuals asked for
	rows   *render.TimelineRows // nil while they are being built
	width  int
	height int
	chart  render.TimelineChart
	body   scroller
}

// reset empties the timeline while the rows of count mutuals are built.
func (p *timelinePane) reset(count int, st render.Styles) {
	p.count, p.rows = count, nil
	p.body.Top()
	p.render(st)
}

func (p *timelinePane) apply(rows render.TimelineRows, st render.Styles) {
	p.rows = &rows
	p.render(st)
}

func (p *timelinePane) SetSize(w, h int, st render.Styles) {
	p.width, p.height = w, h
	p.body.SetHeight(h - 3) // the title and the two lines of the ruler
	p.render(st)
}

func (p *timelinePane) render(st render.Styles) {
	if p.rows == nil {
		p.body.SetLines(nil)
		return
	}
	p.chart = render.NewTimelineChart(*p.rows, p.width, st)
	c := p.chart
	p.body.SetSource(max(c.Len()-2, 0), func(i int) string { return c.Line(i + 2) })
}

func (p timelinePane) title() string {
	s := fmt.Sprintf("Timeline · %d %s", p.count, render.ForCount(p.count, "mutual", "mutuals"))
	if p.rows != nil && p.rows.Tl.Years() > 0 {
		s += fmt.Sprintf(" · %d–%d", p.rows.Tl.FirstYear, p.rows.Tl.LastYear)
	}
	if pos := p.body.Position(); pos != "" {
		s += " · lines " + pos
	}
	return s
}

func (p timelinePane) View(st render.Styles) string {
	lines := []string{paneTitle(p.title(), true, p.width, st)}
	switch {
	case p.rows == nil:
		lines = append(lines, "", st.Hint.Render(fmt.Sprintf("drawing the timeline of %d mutuals…", p.count)))
	case p.count == 0:
		lines = append(lines, "", st.Hint.Render("no mutuals match the filter: esc, then change the search"))
	default:
		lines = append(lines, p.chart.Line(0), p.chart.Line(1))
		lines = append(lines, p.body.Visible()...)
	}
	return fit(lines, p.width, p.height)
}

// buildTimeline starts the timeline of the mutuals the list shows. A big
// set is built off the UI path, so the screen opens at once.
func (b *Browser) buildTimeline() tea.Cmd {
	mutuals, shown := b.ds.Mutuals, b.list.shown
	b.tl.reset(len(shown), b.st)
	return b.run(timelineJob, len(shown), func() any {
		ms := make([]*model.Mutual, len(shown))
		for i, at := range shown {
			ms[i] = &mutuals[at]
		}
		return render.NewTimelineRows(ms)
	})
}
