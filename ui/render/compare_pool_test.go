package render

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestPoolRowKeepsItsCaveat: a mentor pool is offered by a programme, not
// assigned; mutuals of different programmes have different pools, and
// their row differs, yet each cell still says so, side by side, stacked
// and in Markdown. The row listed the names with their glyphs and no
// caveat, as if they were each mutual's mentors.
func TestPoolRowKeepsItsCaveat(t *testing.T) {
	r := model.Row{Field: model.PoolField, Label: "mentor pool (offered by the programme)",
		Values: [][]string{{"John Lewis Partnership", "PwC"}, {"Example Mentors Ltd"}},
		Shares: [][]model.Share{{model.OnlyOne, model.OnlyOne}, {model.OnlyOne}}}
	for col := range r.Values {
		if got := strings.Join(cellLines(r, col, 30, Styles{}, nil), "\n"); !strings.Contains(got, "offered, not assigned") {
			t.Errorf("column %d side by side: no caveat:\n%s", col, got)
		}
		if got := CellText(r, col); !strings.HasPrefix(got, "offered, not assigned") {
			t.Errorf("column %d stacked: no caveat: %q", col, got)
		}
	}
}
