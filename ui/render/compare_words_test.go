package render_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// TestCompareKeepsWordsWhole: the case. Six mutuals printed with p
// at 120 columns cut "qualification" into "qualificatio" and "n". At any
// width, a word of the values (not an id or an address, made to break)
// is printed whole: columns too narrow for one give way to the stacked
// layout.
func TestCompareKeepsWordsWhole(t *testing.T) {
	ds := uitest.Pathfinders(t)
	six := uitest.Find(t, ds, "awarding-body", "london-partnership", "learning-disability", "hammersmith-fulham", "north-east-essex", "swindon")
	c := model.Compare(six, model.DefaultCompareFields, ds)
	word := regexp.MustCompile(`\pL+`)
	whole := map[string]bool{}
	for _, r := range c.Body() {
		for _, vs := range r.Values {
			for _, v := range vs {
				for _, w := range word.FindAllString(v, -1) {
					whole[strings.ToLower(w)] = true
				}
			}
		}
	}
	// the stacked layout's heading line gives each mutual's name, location
	// and legal form, under those labels: their words are whole words too ("co-operative" is
	// not "Co-operatives" of the mentor pool cut)
	for _, m := range six {
		for _, w := range word.FindAllString("name location legal form "+m.Name+" "+m.Location+" "+m.LegalForm, -1) {
			whole[strings.ToLower(w)] = true
		}
	}
	for _, w := range uitest.Widths(60, 200) {
		for _, l := range render.CompareLines(c, w, render.NewStyles(true)) {
			// The last word of a cell that is only the start of a word
			// of the values was cut.
			for _, cell := range strings.Split(ansi.Strip(l), "│") {
				pieces := word.FindAllString(cell, -1)
				if len(pieces) == 0 || !strings.HasSuffix(strings.TrimSpace(cell), pieces[len(pieces)-1]) {
					continue
				}
				last := strings.ToLower(pieces[len(pieces)-1])
				for v := range whole {
					if len(v) > len(last) && strings.HasPrefix(v, last) && !whole[last] && len(last) > 3 {
						t.Fatalf("width %d: %q is %q cut: %q", w, last, v, ansi.Strip(l))
					}
				}
			}
			if strings.HasSuffix(strings.TrimRight(ansi.Strip(l), " │"), "qualificatio") {
				t.Fatalf("width %d: qualification is cut: %q", w, ansi.Strip(l))
			}
		}
	}
}
