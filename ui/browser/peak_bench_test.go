package browser

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
)

// BenchmarkBrowserPeak is the peak of the heap while the browser loads and
// indexes 100,000 records (peak/file: what the collector has handed out,
// sampled every millisecond, live or not yet collected; mapped/file: the
// heap's memory not given back to the system, nearest to what the process
// holds), and what is live once it has loaded (live/file: the file its
// records slice, if they do, the records, the folded text and the word
// index), beside the plain load `list` and `validate` make
// (baseline-load), in the same run. The target is the process's
// peak within 3× the file.
func BenchmarkBrowserPeak(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.toml")
	if err := os.WriteFile(path, datatest.Synthetic(100000, 1), 0o644); err != nil {
		b.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	size := float64(info.Size())
	paths := []string{path}
	loads := []struct {
		name string
		load func() any
	}{
		{"baseline-load/n=100000", func() any {
			ds, err := data.Load(context.Background(), paths, nil)
			if err != nil {
				b.Fatal(err)
			}
			return ds
		}},
		{"browser/n=100000", func() any {
			_, ch := startLoad(watchedLoad(paths), "big.toml")
			var done loadDone
			for msg := range ch {
				if d, ok := msg.(loadDone); ok {
					done = d
				}
			}
			if done.err != nil {
				b.Fatal(done.err)
			}
			return done.ix
		}},
	}
	for _, l := range loads {
		b.Run(l.name, func(b *testing.B) {
			var peak, mapped, live float64
			for b.Loop() {
				runtime.GC()
				stop := sampleHeap()
				kept := l.load()
				p, m := stop()
				runtime.GC()
				peak, mapped, live = float64(p)/size, float64(m)/size, float64(heapObjects())/size
				runtime.KeepAlive(kept)
			}
			b.ReportMetric(peak, "peak/file")
			b.ReportMetric(mapped, "mapped/file")
			b.ReportMetric(live, "live/file")
		})
	}
}

var heapSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/total:bytes"},
	{Name: "/memory/classes/heap/released:bytes"},
}

func heapObjects() uint64 {
	s := heapSamples[:1:1]
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// sampleHeap samples the heap every millisecond until the function it
// returns is called, which gives the largest heap objects and mapped
// memory seen.
func sampleHeap() func() (peak, mapped uint64) {
	var (
		mu           sync.Mutex
		peak, mapped uint64
		done         = make(chan struct{})
		finished     = make(chan struct{})
	)
	sample := func() {
		s := make([]metrics.Sample, len(heapSamples))
		copy(s, heapSamples)
		metrics.Read(s)
		mu.Lock()
		peak = max(peak, s[0].Value.Uint64())
		mapped = max(mapped, s[1].Value.Uint64()-s[2].Value.Uint64())
		mu.Unlock()
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		<-finished
		sample()
		mu.Lock()
		defer mu.Unlock()
		return peak, mapped
	}
}
