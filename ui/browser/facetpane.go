package browser

import (
	"fmt"
	"strings"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// facetPane is the facet screen: for the mutuals the search shows, the
// values of one field with their counts and bars; enter adds one to the
// search. Counting a big dataset is a command, so the pane may be waiting.
type facetPane struct {
	field    int // position in model.FacetFields
	counts   []model.Count
	mutuals  int // how many were counted
	counting bool
	cached   map[int][]model.Count // by field, for the mutuals counted
	pending  map[int]bool          // fields being counted in a command
	cursor   int
	offset   int
	width    int
	height   int // lines, including the title and the field tabs
	cols     render.FacetColumns
}

// Reset forgets the counts: the mutuals to count are n others.
func (p *facetPane) Reset(n int) {
	p.cached, p.pending, p.counts, p.mutuals = map[int][]model.Count{}, map[int]bool{}, nil, n
	p.cursor, p.offset = 0, 0
}

// Field is the field being counted.
func (p facetPane) Field() model.Field {
	f, _ := model.FieldByKey(model.FacetFields[p.field])
	return f
}

// Shift picks the field delta places along, wrapping around. It reports
// whether the counts for it are known or on their way; if not, they are to
// be counted.
func (p *facetPane) Shift(delta int) bool {
	n := len(model.FacetFields)
	p.field = ((p.field+delta)%n + n) % n
	p.cursor, p.offset = 0, 0
	counts, ok := p.cached[p.field]
	p.counts, p.counting = counts, !ok
	p.layout()
	return ok || p.pending[p.field]
}

// SetCounts shows the counts of one field, when it is still the one shown.
func (p *facetPane) SetCounts(field int, counts []model.Count) {
	p.cached[field] = counts
	delete(p.pending, field)
	if field == p.field {
		p.counts, p.counting = counts, false
		p.layout()
	}
}

func (p *facetPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.layout()
}

func (p *facetPane) layout() {
	p.cols = render.NewFacetColumns(p.Field().Key, p.counts, p.mutuals, max(p.width-2, 1))
	p.Move(0)
}

// rows is how many values fit under the title and the tabs.
func (p facetPane) rows() int { return max(p.height-2, 1) }

func (p *facetPane) Move(delta int) {
	p.cursor = min(max(p.cursor+delta, 0), max(len(p.counts)-1, 0))
	p.offset = min(max(p.offset, p.cursor-p.rows()+1), p.cursor)
	p.offset = min(max(p.offset, 0), max(len(p.counts)-p.rows(), 0))
}

// Current is the count under the cursor.
func (p facetPane) Current() (model.Count, bool) {
	if p.counting || p.cursor >= len(p.counts) {
		return model.Count{}, false
	}
	return p.counts[p.cursor], true
}

// title says what is counted and which values are on screen, as fully as
// the width allows (the tabs below name the field).
func (p facetPane) title() string {
	var where string
	if len(p.counts) > p.rows() {
		where = fmt.Sprintf(" · %d–%d of %d", p.offset+1, min(p.offset+p.rows(), len(p.counts)), len(p.counts))
	}
	mutuals := fmt.Sprintf("%d %s", p.mutuals, model.Plural(p.mutuals, "mutual", "mutuals"))
	long := "Facets · " + render.FacetHeading(p.Field(), p.mutuals, "") + where
	if where != "" {
		long += " values"
	}
	for _, s := range []string{long, "Facets · " + mutuals + where, mutuals + where} {
		if render.Width(s)+2 <= p.width {
			return s
		}
	}
	return mutuals + where
}

// tabs names every field, the current one in reverse; on a screen too
// narrow for them all, only the current one, with arrows.
func (p facetPane) tabs(st render.Styles) string {
	var parts []string
	w := 0
	for i, k := range model.FacetFields {
		f, _ := model.FieldByKey(k)
		name := " " + f.Names[0] + " "
		w += render.Width(name) + 1
		if i == p.field {
			name = st.Cursor.Render(cursorGlyph + f.Names[0] + " ")
		} else {
			name = st.Dim.Render(name)
		}
		parts = append(parts, name)
	}
	if w <= p.width {
		return strings.Join(parts, " ")
	}
	return st.Dim.Render("← ") + st.Cursor.Render(cursorGlyph+p.Field().Label+" ") +
		st.Dim.Render(fmt.Sprintf(" → %d of %d", p.field+1, len(model.FacetFields)))
}

// View draws the title, the field tabs and the values on screen; only
// those are rendered, however many values there are.
func (p facetPane) View(st render.Styles) string {
	lines := []string{paneTitle(p.title(), true, p.width, st), p.tabs(st)}
	switch {
	case p.counting:
		lines = append(lines, st.Dim.Render(fmt.Sprintf("  counting %d mutuals…", p.mutuals)))
	case len(p.counts) == 0:
		lines = append(lines, st.Dim.Render("  nothing to count: no mutual matches"))
	}
	end := min(p.offset+p.rows(), len(p.counts))
	for i := p.offset; i < end && !p.counting; i++ {
		lines = append(lines, p.row(p.counts[i], i == p.cursor, st))
	}
	if note := render.FacetNote(p.Field(), p.counts, p.mutuals); note != "" && !p.counting {
		if wrapped := render.Wrap(note, max(p.width-2, 1)); len(lines)+1+len(wrapped) <= p.height {
			lines = append(lines, "")
			for _, l := range wrapped {
				lines = append(lines, st.Dim.Render("  "+l))
			}
		}
	}
	return fit(lines, p.width, p.height)
}

func (p facetPane) row(c model.Count, cursor bool, st render.Styles) string {
	value := render.Pad(render.Truncate(render.FacetValue(p.Field().Key, c), p.cols.ValueW), p.cols.ValueW)
	switch {
	case cursor:
		return st.Cursor.Render(cursorGlyph+" "+value) + p.cols.Numbers(c, st)
	case c.None():
		return "  " + st.Dim.Render(value) + p.cols.Numbers(c, st)
	}
	return "  " + value + p.cols.Numbers(c, st)
}
