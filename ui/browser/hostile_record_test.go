package browser

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// manyEvents is a dataset of three mutuals, the second ("B") with n
// events of 33 KB each and as many sources as long: a record no screen
// can show.
func manyEvents(n int) *model.Dataset {
	text := strings.Repeat("council staff care ", 33<<10/19)
	var sources []model.Source
	b := model.Mutual{ID: "b", Name: "B", Location: "X"}
	for i := range n {
		id := fmt.Sprintf("s%d", i)
		sources = append(sources, model.Source{ID: id, Title: text})
		b.Events = append(b.Events, model.Event{Date: "2011-01-01", Kind: "other", Text: text, Sources: []string{id}})
	}
	a := model.Mutual{ID: "a", Name: "A", Location: "X", Events: b.Events[:1]}
	c := model.Mutual{ID: "c", Name: "C", Location: "X", Events: b.Events[:1]}
	return model.NewDataset("t", nil, []model.Mutual{a, b, c}, sources)
}

// keyAllocs is the bytes allocated by pressing keys and drawing a frame.
func keyAllocs(b *Browser, keys ...string) uint64 {
	return datatest.Allocated(func() {
		press(b, keys...)
		b.View()
	})
}

// hostileJourneys are the keys that open a screen of the record of B,
// then the keys that lay it out again: the cursor landing on it (the
// detail beside the list), and the comparison of A and B with every
// field, the events among them, its columns moved.
var hostileJourneys = map[string][2][]string{
	"detail":  {nil, {"j"}},
	"compare": {{"space", "j", "space", "c", "a"}, {"right", "left"}},
	"sources": {nil, {"r"}},
}

// TestHostileRecordKeyBounded: a key that lays out a record of 2,000
// events of 33 KB allocates a small multiple of what a screen lays out
// (render.ScreenMax), not of the record (it took 3 s and 1 GB a key), and
// the screen says what it left out.
func TestHostileRecordKeyBounded(t *testing.T) {
	n := 100 // 3.3 MB, 13 times what a screen lays out; the heavy tests try 2,000
	if datatest.Heavy() {
		n = 2000
	}
	ds := manyEvents(n)
	for name, journey := range hostileJourneys {
		for _, w := range []int{160, 60} {
			b := NewBrowser(ds, BrowserOptions{IsDark: true})
			b.Update(tea.WindowSizeMsg{Width: w, Height: 40})
			press(b, journey[0]...)
			b.View()
			if got, keys := keyAllocs(b, journey[1]...), journey[1]; got > 16*render.ScreenMax {
				t.Errorf("%s at %d columns: %v allocated %d KB, want at most %d KB", name, w, keys, got>>10, 16*render.ScreenMax>>10)
			}
			press(b, "G") // the end of the record or comparison
			if says := map[string]string{"compare": "p prints it all", "sources": "y copies them all"}[name]; !strings.Contains(frame(b), says) {
				t.Errorf("%s at %d columns: the end does not name what prints it all:\n%s", name, w, frame(b))
			}
		}
	}
}

// BenchmarkHostileRecordKey is the cursor moving onto a record of 2,000
// events of 33 KB, and back, beside one of 10.
func BenchmarkHostileRecordKey(b *testing.B) {
	for _, n := range []int{10, 2000} {
		br := NewBrowser(manyEvents(n), BrowserOptions{IsDark: true})
		br.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				press(br, "j")
				br.View()
				press(br, "k")
				br.View()
			}
		})
	}
}

// TestFacetLongValueQueryBounded: enter on a facet value of 8 MB adds a
// term of its first words to the search, not the value (it was copied
// into the search box whole), and the term still finds the mutual.
func TestFacetLongValueQueryBounded(t *testing.T) {
	long := "aaa " + strings.Repeat("council staff care ", 8<<20/19)
	ms := []model.Mutual{
		{ID: "long", Name: "Long", Location: "X", ServiceArea: []string{long}},
		{ID: "short", Name: "Short", Location: "X", ServiceArea: []string{"health"}},
	}
	b := NewBrowser(model.NewDataset("t", nil, ms, nil), BrowserOptions{IsDark: true})
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(b, "f")
	if c, _ := facetCurrent(b); !strings.HasPrefix(c.Value, "aaa ") || len(c.Value) < 8_000_000 {
		t.Fatalf("the cursor is not on the long value: %.40q", c.Value)
	}
	// The search reads the value once to check the phrase (model's
	// matter); the box, the placeholder and the detail, nothing more
	// (84 MB: the value copied into the query, made runes, cut, folded).
	if got := keyAllocs(b, "enter"); got > uint64(len(long))+16*render.ScreenMax && !raceDetector {
		t.Errorf("enter on a value of 8 MB allocated %d KB", got>>10)
	}
	if q := b.search.Value(); len(q) > queryMax || !strings.HasPrefix(q, `service:"aaa council staff care`) || !strings.HasSuffix(q, `"`) {
		t.Errorf("the search holds %d bytes: %.60q…%q", len(q), q, q[max(len(q)-20, 0):])
	}
	if ids := shownIDs(b); strings.Join(ids, " ") != "long" {
		t.Errorf("the term finds %v, want the long one", ids)
	}
}
