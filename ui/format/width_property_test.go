package format

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// fitsWidth reports the first line of text wider than w, unless that line
// is one token too long for any line (a URL, an id), which printed output
// keeps whole so that copying it still works.
func fitsWidth(text string, w int, wholeTokens bool) (string, bool) {
	for l := range strings.SplitSeq(strings.TrimRight(text, "\n"), "\n") {
		if render.Width(l) <= w {
			continue
		}
		if wholeTokens && !strings.Contains(strings.TrimSpace(l), " ") {
			continue
		}
		return l, false
	}
	return "", true
}

// TestEveryRendererFitsEveryWidth prints every text renderer at every width
// from 20 to 300 and checks no line is wider: show for each mutual,
// compare (default and every field) for two and for six, stats by each
// field, the timeline and the list.
func TestEveryRendererFitsEveryWidth(t *testing.T) {
	ds := uitest.Pathfinders(t)
	all := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		all[i] = &ds.Mutuals[i]
	}
	two, six := all[:2], all[4:10]
	renders := map[string]func(Output) error{
		"list":     func(o Output) error { return o.PrintList(ds, all) },
		"timeline": func(o Output) error { return o.PrintTimeline(all) },
		"compare two": func(o Output) error {
			return o.PrintComparison(model.Compare(two, model.DefaultCompareFields, ds))
		},
		"compare six all": func(o Output) error {
			return o.PrintComparison(model.Compare(six, model.CompareFields(), ds))
		},
		"compare two all": func(o Output) error {
			return o.PrintComparison(model.Compare(two, model.CompareFields(), ds))
		},
	}
	for _, m := range all {
		renders["show "+m.ID] = func(o Output) error { return o.PrintRecord(ds, m) }
	}
	for _, key := range model.FacetFields {
		f, _ := model.FacetField(key)
		renders["stats "+key] = func(o Output) error {
			return o.PrintStats(Stats{Field: f, Mutuals: len(all), Counts: model.Facet(all, f.Key)})
		}
	}
	// Every width for every renderer with the heavy tests on; in the quick
	// suite every seventh, each renderer from its own first width, so
	// that the renderers together still try every width.
	names := slices.Sorted(maps.Keys(renders))
	for i, name := range names {
		print := renders[name]
		first, step := 20+i%7, 7
		if datatest.Heavy() {
			first, step = 20, 1
		}
		for w := first; w <= 300; w += step {
			var buf bytes.Buffer
			o := NewOutput(&buf, true, w, Text)
			o.Terminal, o.Fit = true, true
			if err := print(o); err != nil {
				t.Fatal(err)
			}
			if l, ok := fitsWidth(buf.String(), w, true); !ok {
				t.Errorf("%s --width %d: a line of %d cells:\n%s", name, w, render.Width(l), l)
				break
			}
		}
	}
}

// Printed text breaks only at spaces: no URL, id, date or word of the
// summary is split across lines, at any width.
func TestPrintedTextKeepsTokensWhole(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for i := range ds.Mutuals {
		m := &ds.Mutuals[i]
		// the summary, and the id and place under the name (once cut at 24)
		tokens := strings.Fields(model.Printable(m.Summary + " " + m.ID + " " + m.Location))
		for _, e := range m.Events {
			tokens = append(tokens, e.Date)
		}
		for _, id := range m.Cited() {
			tokens = append(tokens, "["+id+"]")
			if s, _ := ds.Source(id); s.URL != "" {
				tokens = append(tokens, s.URL)
			}
		}
		for _, w := range []int{20, 21, 24, 31, 47, 60, 80} {
			var buf bytes.Buffer
			if err := NewOutput(&buf, true, w, Text).PrintRecord(ds, m); err != nil {
				t.Fatal(err)
			}
			words := map[string]bool{}
			for _, f := range strings.Fields(buf.String()) {
				words[f] = true
			}
			for _, tok := range tokens {
				if !words[tok] && !strings.Contains(buf.String(), tok) {
					t.Errorf("show %s --width %d: %q is split across lines", m.ID, w, tok)
				}
			}
		}
	}
}

// Output streamed through a buffer reaches the colour writer in chunks; a
// chunk that ends inside an escape sequence must not leave a fragment of
// it ("38;2;154;154;154m") in text printed with no colour.
func TestNoEscapeFragmentAtChunkEdges(t *testing.T) {
	ds := uitest.Pathfinders(t)
	var ms []*model.Mutual
	for range 40 {
		for i := range ds.Mutuals {
			ms = append(ms, &ds.Mutuals[i])
		}
	}
	for _, w := range []int{80, 162, 300} {
		var buf bytes.Buffer
		if err := NewOutput(&buf, true, w, Text).PrintTimeline(ms); err != nil {
			t.Fatal(err)
		}
		if i := strings.Index(buf.String(), ";2;"); i >= 0 {
			t.Fatalf("--width %d: a fragment of an escape sequence is printed: %q", w, buf.String()[max(i-20, 0):i+20])
		}
	}
}
