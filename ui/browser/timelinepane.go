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
	seq    int                  // the newest build; older results are dropped
	count  int                  // mutuals asked for
	rows   *render.TimelineRows // nil while they are being built
	width  int
	height int
	chart  render.TimelineChart
	body   scroller
}

// timelineBuilt carries rows built off the UI path.
type timelineBuilt struct {
	seq  int
	rows render.TimelineRows
}

// buildTimeline starts the timeline of the mutuals at positions shown. A
// big set is built in a command, so the screen opens at once.
func (p *timelinePane) buildTimeline(mutuals []model.Mutual, shown []int, st render.Styles) tea.Cmd {
	p.seq++
	p.count, p.rows = len(shown), nil
	p.body.Top()
	seq := p.seq
	build := func() render.TimelineRows {
		ms := make([]*model.Mutual, len(shown))
		for i, at := range shown {
			ms[i] = &mutuals[at]
		}
		return render.NewTimelineRows(ms)
	}
	if len(shown) < asyncSearch {
		p.apply(timelineBuilt{seq, build()}, st)
		return nil
	}
	p.render(st)
	return func() tea.Msg { return timelineBuilt{seq, build()} }
}

func (p *timelinePane) apply(m timelineBuilt, st render.Styles) {
	if m.seq != p.seq {
		return
	}
	p.rows = &m.rows
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
