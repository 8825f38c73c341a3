package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
)

// hostileEvents is how many long events a hostile record has: 200 of 33
// KB, 6.6 MB, is 25 times what a screen lays out; the heavy tests try
// 2,000, as an attacker did.
func hostileEvents() int {
	if datatest.Heavy() {
		return 2000
	}
	return 200
}

// hostileRecord is a dataset of two mutuals, the first with n events of
// size bytes of running text each, and with all set, as many readings,
// mentors and sources as long: a record no screen can show, from a data
// file no one checked.
func hostileRecord(n, size int, all bool) *model.Dataset {
	text := strings.Repeat("council staff care ", size/19+1)[:size]
	var sources []model.Source
	m := model.Mutual{ID: "big", Name: "Big", Location: "X", Summary: "short"}
	for i := range n {
		id := fmt.Sprintf("s%d", i)
		sources = append(sources, model.Source{ID: id, Title: text})
		m.Events = append(m.Events, model.Event{Date: "2011-01-01", Kind: "other", Text: text, Sources: []string{id}})
		if !all {
			sources[i].Title = id
			continue
		}
		m.Readings = append(m.Readings, model.Reading{Field: "outcome", Value: text, Sources: []string{id}})
		m.Mentors = append(m.Mentors, text)
	}
	small := model.Mutual{ID: "small", Name: "Small", Location: "Y", Events: m.Events[:1]}
	return model.NewDataset("t", nil, []model.Mutual{m, small}, sources)
}

// screenLayouts are the ways a screen lays out a record or a comparison
// of it, each at width w.
// A comparison is made before it is laid out (the screen makes it once).
var screenLayouts = map[string]func(ds *model.Dataset, w int) func() []string{
	"record": func(ds *model.Dataset, w int) func() []string {
		return func() []string {
			return RecordView(ds, &ds.Mutuals[0], w, NewStyles(true), RecordOptions{Screen: true})
		}
	},
	"comparison": func(ds *model.Dataset, w int) func() []string {
		c := model.Compare([]*model.Mutual{&ds.Mutuals[0], &ds.Mutuals[1]}, model.CompareFields(), ds)
		return func() []string {
			return NewCompareParts(c, w, []int{0, 1}, NewStyles(true), CompareView{Budget: NewBudget("p prints it all")}).Lines()
		}
	},
	"stacked comparison": func(ds *model.Dataset, w int) func() []string {
		c := model.Compare([]*model.Mutual{&ds.Mutuals[0], &ds.Mutuals[1]}, model.CompareFields(), ds)
		return func() []string {
			return NewCompareParts(c, 30, []int{0, 1}, NewStyles(true), CompareView{Budget: NewBudget("p prints it all")}).Lines()
		}
	},
}

// TestScreenLayoutBounded: a screen lays out a record, or a comparison of
// it, within a budget for the whole, however many long events, readings,
// mentors and sources it has (2,000 events of 33 KB laid out 60 MB a key),
// and says at the end what it left out and what prints it all.
func TestScreenLayoutBounded(t *testing.T) {
	for _, ds := range []*model.Dataset{hostileRecord(hostileEvents(), 33<<10, false), hostileRecord(hostileEvents(), 33<<10, true)} {
		for name, layout := range screenLayouts {
			var lines []string
			lay := layout(ds, 100)
			bytes := datatest.Allocated(func() { lines = lay() })
			if bytes > 12*ScreenMax {
				t.Errorf("%s: laid out a hostile record with %d KB allocated, want at most %d KB", name, bytes>>10, 12*ScreenMax>>10)
			}
			last := ansi.Strip(strings.Join(lines[max(len(lines)-10, 0):], " "))
			if !strings.Contains(last, "MiB more, not drawn here") || !strings.Contains(last, "prints it all") {
				t.Errorf("%s: the end does not say what was left out: %q", name, last)
			}
		}
	}
}

// TestPrintedRecordWhole: printed, the same record is laid out whole.
func TestPrintedRecordWhole(t *testing.T) {
	ds := hostileRecord(40, 33<<10, true)
	lines := RecordLines(ds, &ds.Mutuals[0], 100, NewStyles(true))
	if got := strings.Count(strings.Join(lines, "\n"), "[s39]"); got < 2 {
		t.Errorf("printed, the last event and source appear %d times, want both", got)
	}
	if strings.Contains(ansi.Strip(strings.Join(lines, " ")), "not drawn here") {
		t.Error("printed output says something was not drawn")
	}
}

// BenchmarkScreenLayout is each screen layout of a record of 2,000 events
// of 33 KB beside the same with 10.
func BenchmarkScreenLayout(b *testing.B) {
	for _, n := range []int{10, 2000} {
		ds := hostileRecord(n, 33<<10, false)
		for name, layout := range screenLayouts {
			lay := layout(ds, 100)
			b.Run(fmt.Sprintf("%s/events=%d", strings.ReplaceAll(name, " ", "-"), n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					lay()
				}
			})
		}
	}
}
