package browser

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// TestWhyLineCutsAtWords: a row's snippet cut to the row's width ends at
// a word's end, not inside one ("services with Ha…").
func TestWhyLineCutsAtWords(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	for _, q := range []string{"ham", "westminster children", "fulham"} {
		query := model.ParseQuery(q)
		for i := range b.ds.Mutuals {
			r, ok := b.ix.Why(i, query, rowFields...)
			if !ok {
				continue
			}
			words := map[string]bool{}
			for _, w := range strings.Fields(model.Printable(r.Value)) {
				words[w] = true
			}
			for w := 30; w <= 60; w += 3 {
				line, _ := new(whyMemo).line(b.ix, i, query, w, render.Styles{})
				plain := ansi.Strip(line)
				if !strings.HasSuffix(plain, "…") || render.Width(plain) < w {
					continue
				}
				fields := strings.Fields(strings.TrimSuffix(plain, "…"))
				last := strings.TrimLeft(fields[len(fields)-1], "…")
				if last != "" && !words[last] && len(fields) > 3 {
					t.Errorf("%q at %d: the snippet ends inside a word (%q): %q", q, w, last, plain)
				}
			}
		}
	}
}
