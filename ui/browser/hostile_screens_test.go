package browser

import (
	"fmt"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// settle runs what a command returns back into the browser, as the
// program would, waiting a little for each (a cursor blink waits longer,
// and is left).
func settle(b *Browser, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		switch msg := msg.(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				settle(b, c)
			}
		case tea.QuitMsg, nil:
		default:
			_, next := b.Update(msg)
			settle(b, next)
		}
	case <-time.After(200 * time.Millisecond):
	}
}

// TestNoControlReachesScreen: every screen of the browser, at a wide and a
// narrow size, dark and light, drawn over a dataset with an attack in every
// field and a hostile search, holds no escape sequence but its own styles,
// and no control or bidi character.
func TestNoControlReachesScreen(t *testing.T) {
	t.Parallel() // it waits out cursor blinks, mostly: beside the tests that compute
	ds := uitest.HostileDataset()
	journeys := [][]string{
		{},                       // the list and the detail
		{"/", "paste", "enter"},  // a hostile search (an unknown field, so a hint)
		{"enter"},                // the detail alone, when narrow
		{"tab", "pgdown", "end"}, // the detail scrolled
		{"space", "down", "space", "down", "space", "c"}, // the comparison
		{"space", "down", "space", "c", "a", "l", "l"},   // every field, scrolled
		{"space", "down", "space", "c", "d"},             // only what differs
		{"space", "down", "space", "c", "y"},             // copied: the footer says so
		{"f"}, {"f", "l"}, {"f", "l", "l"}, {"f", "l", "l", "l"}, {"f", "l", "l", "l", "l"},
		{"f", "l", "l", "l", "l", "l"}, {"f", "l", "l", "l", "l", "l", "l"}, {"f", "l", "l", "l", "l", "l", "l", "l"},
		{"f", "down", "enter"},                    // a facet value added to the search
		{"space", "down", "space", "c", "a", "G"}, // scrolled down: the names kept on top
		{"t"}, {"t", "pgdown"}, {"t", "enter"}, {"t", "j", "enter", "G"}, // the timeline, a mutual's events
		{"?"},
		{"s"}, {"s", "s", "s"}, {"y"},
		{"r"}, {"r", "G"}, {"r", "y"}, // the sources
	}
	// Each size once, on one background or the other; every pair with
	// the heavy tests on (the palette changes colours, not text).
	type look struct {
		w, h int
		dark bool
	}
	looks := []look{{120, 40, true}, {60, 20, false}, {40, 10, true}}
	if datatest.Heavy() {
		looks = append(looks, look{120, 40, false}, look{60, 20, true}, look{40, 10, false})
	}
	// Each journey has a browser of its own, over the one dataset: they
	// run at once, so that the waits of settle (a cursor blink that is
	// left) overlap.
	var wg sync.WaitGroup
	for _, l := range looks {
		for _, keys := range journeys {
			wg.Go(func() {
				b := NewBrowser(ds, BrowserOptions{IsDark: l.dark, Mouse: true})
				settle(b, b.Init())
				b.Update(sizeMsg(l.w, l.h))
				for _, k := range keys {
					var cmd tea.Cmd
					if k == "paste" {
						_, cmd = b.Update(tea.PasteMsg{Content: uitest.Attacks[2] + ":x " + uitest.Attacks[7] + " " + uitest.Attacks[0]})
					} else {
						_, cmd = b.Update(keyMsg(k))
					}
					settle(b, cmd)
				}
				what := fmt.Sprintf("%dx%d dark=%v %v", l.w, l.h, l.dark, keys)
				if msg := uitest.UnsafeText(b.Render()); msg != "" {
					t.Errorf("%s: the screen holds %s", what, msg)
				}
			})
		}
	}
	wg.Wait()
	// loading: the header counts what has arrived, under a hostile path
	release := make(chan struct{})
	load := func(report func(data.Progress)) (*model.Dataset, error) {
		report(data.Progress{Mutuals: ds.Mutuals, Sources: ds.Sources, Bytes: 10, Total: 100})
		<-release
		return ds, nil
	}
	b := NewBrowser(model.NewDataset(uitest.Attacks[2]+".toml", nil, nil, nil), BrowserOptions{IsDark: true, Load: load})
	b.Init()
	b.Update(sizeMsg(120, 40))
	b.Update(<-b.loads)
	if msg := uitest.UnsafeText(b.Render()); msg != "" {
		t.Errorf("loading: the screen holds %s", msg)
	}
	close(release)
	for msg := range b.loads {
		b.Update(msg)
	}
}
