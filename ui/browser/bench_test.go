package browser

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

func syntheticBrowser(b *testing.B, n int) *Browser {
	ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
	if err != nil {
		b.Fatal(err)
	}
	br := NewBrowser(ds, BrowserOptions{IsDark: true})
	br.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(br, "/")
	typeText(br, "health")
	press(br, "enter", "j", "space")
	return br
}

// BenchmarkFrame renders one frame of the browser with a filter: its cost
// must not grow with the dataset, since only visible rows are drawn.
func BenchmarkFrame(b *testing.B) {
	for _, n := range []int{12, 100000} {
		br := syntheticBrowser(b, n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				br.View()
			}
		})
	}
}

// BenchmarkFirstFrame is the time from opening the browser on a 100,000
// record file to its first frame; the load goes on in the background.
// After the frame the load is cancelled, untimed, and drained before the
// next round: letting each round's load finish made the benchmark take
// minutes.
func BenchmarkFirstFrame(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.toml")
	if err := os.WriteFile(path, datatest.Synthetic(100000, 1), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ctx, cancel := context.WithCancel(context.Background())
		load := func(report func(data.Progress)) (*model.Dataset, error) {
			return data.Load(ctx, []string{path}, report)
		}
		br := NewBrowser(model.NewDataset("big.toml", nil, nil, nil), BrowserOptions{IsDark: true, Load: load})
		br.Init()
		br.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		br.View()
		b.StopTimer()
		cancel()
		for msg := range br.loads { // the cancelled load ends before the next round
			_ = msg
		}
		b.StartTimer()
	}
}

// BenchmarkTimeline measures the timeline screen at 100k: building the rows
// (in a command, off the UI path) and one frame, which draws only the rows
// on screen and so must not grow with the dataset.
func BenchmarkTimeline(b *testing.B) {
	for _, n := range []int{12, 100000} {
		ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		ms := make([]*model.Mutual, len(ds.Mutuals))
		for i := range ds.Mutuals {
			ms[i] = &ds.Mutuals[i]
		}
		b.Run(fmt.Sprintf("build/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				render.NewTimelineRows(ms)
			}
		})
		br := NewBrowser(ds, BrowserOptions{IsDark: true})
		br.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		if cmd := press(br, "t"); cmd != nil {
			br.Update(cmd())
		}
		b.Run(fmt.Sprintf("frame/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				br.View()
			}
		})
	}
}

// BenchmarkFrameWhy is a frame whose rows say why they matched (every
// mutual "board" finds has it only in text its row does not show) beside
// the same frame where every match shows in the rows ("swindon", in the
// names) and one with no search. The reasons are found for the rows on
// screen only, so none of the three may grow with the dataset.
func BenchmarkFrameWhy(b *testing.B) {
	for _, n := range []int{12, 100000} {
		ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range []string{"", "swindon", "board"} {
			br := NewBrowser(ds, BrowserOptions{IsDark: true})
			br.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			searchNow(br, q)
			if q != "" && len(shownPositions(br)) == 0 {
				b.Fatalf("%q finds nothing in %d", q, n)
			}
			b.Run(fmt.Sprintf("query=%q/n=%d", q, n), func(b *testing.B) {
				for b.Loop() {
					br.View()
				}
			})
		}
	}
}

// searchNow searches for q and applies the result, however large the data.
func searchNow(br *Browser, q string) {
	br.search.SetValue(q)
	if cmd := br.runSearch(); cmd != nil {
		br.Update(cmd())
	}
}
