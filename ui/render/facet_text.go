package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// barEighths are the partial blocks that end a bar, in eighths of a cell.
var barEighths = []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}

// bar draws n as a bar of at most w cells, scaled so that largest fills
// them, to an eighth of a cell. Any n above zero shows at least an eighth.
func bar(n, largest, w int) string {
	if n <= 0 || largest <= 0 || w <= 0 {
		return ""
	}
	eighths := int((int64(n)*int64(w)*8 + int64(largest)/2) / int64(largest))
	eighths = min(max(eighths, 1), w*8)
	return strings.Repeat("█", eighths/8) + barEighths[eighths%8]
}

// Percent is n as a percentage of total: "17%", or "<1%" for a few.
func Percent(n, total int) string {
	if total <= 0 {
		return "—"
	}
	p := (int64(n)*200 + int64(total)) / (2 * int64(total))
	if p == 0 && n > 0 {
		return "<1%"
	}
	return fmt.Sprintf("%d%%", p)
}

// FacetValue is how a count's value reads: the value itself, made
// printable, or what having none means for the field.
func FacetValue(field string, c model.Count) string {
	switch {
	case !c.None():
		return model.Printable(c.Value)
	case field == "mentors":
		return "(unknown or none named)"
	}
	return "(unknown or none recorded)"
}

// FacetHeading says what was counted: "service area across 12 mutuals
// (query: health)".
func FacetHeading(f model.Field, mutuals int, query string) string {
	s := fmt.Sprintf("%s across %d %s", f.Label, mutuals, model.Plural(mutuals, "mutual", "mutuals"))
	if q := strings.TrimSpace(query); q != "" {
		s += " (query: " + model.Printable(q) + ")"
	}
	return s
}

// FacetNote explains, when they do, why the shares add up to more than
// the whole.
func FacetNote(f model.Field, counts []model.Count, total int) string {
	sum := 0
	for _, c := range counts {
		sum += c.Mutuals
	}
	if sum <= total {
		return ""
	}
	how := "each of its values"
	if !f.List {
		how = "each " + f.Label + " its sources give it"
	}
	return "A mutual counts once under " + how + ", so the shares add up to more than 100%."
}

// FacetColumns lays out counts as columns: value, count, share and a bar.
// The screen and the printed stats share it, so their bars agree.
type FacetColumns struct {
	ValueW, countW, BarW int
	showShare            bool
	largest, total       int
}

const (
	MaxBar   = 50   // wider bars read no better
	shareW   = 4    // "100%"
	measured = 1000 // values measured for the width of their column
)

// NewFacetColumns fits the columns into w cells: the bar gets a quarter of
// the width (5 to 20 cells) before the values take what they need, then
// anything left over. Counts are sorted, so the largest is first or last
// (the mutuals with no value); only the first values are measured, since
// a field such as location can have as many values as there are mutuals.
func NewFacetColumns(field string, counts []model.Count, total, w int) FacetColumns {
	c := FacetColumns{total: total, countW: 1, showShare: w >= 36}
	valueW := 0
	if n := len(counts); n > 0 {
		c.largest = max(counts[0].Mutuals, counts[n-1].Mutuals)
		c.countW = len(strconv.Itoa(c.largest))
		valueW = Width(FacetValue(field, counts[n-1]))
	}
	for _, n := range counts[:min(len(counts), measured)] {
		valueW = max(valueW, Width(FacetValue(field, n)))
	}
	fixed := 2 + c.countW + 2
	if c.showShare {
		fixed += shareW + 2
	}
	minBar := min(max(w/4, 5), 20)
	c.ValueW = max(min(valueW, w-fixed-minBar), 6)
	c.BarW = min(max(w-fixed-c.ValueW, 1), MaxBar)
	return c
}

// Numbers is a row after its value: count, share and bar.
func (c FacetColumns) Numbers(n model.Count, st Styles) string {
	s := "  " + fmt.Sprintf("%*d", c.countW, n.Mutuals)
	if c.showShare {
		s += "  " + fmt.Sprintf("%*s", shareW, Percent(n.Mutuals, c.total))
	}
	return s + "  " + st.Mark.Render(bar(n.Mutuals, c.largest, c.BarW))
}
