package data

import (
	"fmt"
	"regexp"
	"runtime"
	"testing"
)

// summaryLine is a synthetic record's one-line summary.
var summaryLine = regexp.MustCompile(`(?m)^summary = "(.*)"$`)

// multilineSummaries writes the first `count` summaries of src as """
// multi-line strings, as hand-written files often do (count < 0: all).
func multilineSummaries(src []byte, count int) []byte {
	done := 0
	return summaryLine.ReplaceAllFunc(src, func(line []byte) []byte {
		if count >= 0 && done >= count {
			return line
		}
		done++
		text := summaryLine.FindSubmatch(line)[1]
		return []byte(fmt.Sprintf("summary = \"\"\"\n%s\n\"\"\"", text))
	})
}

// BenchmarkMultiline is validate's load of 100,000 records beside the same
// file with one summary, and then every summary, a """ multi-line string:
// the fast path reads them all, so the three cost about the same. It
// reports the peak of the heap (peak/file, sampled after each load's
// largest step is hard to catch, so the live heap at the end stands in)
// with -benchmem's bytes allocated.
func BenchmarkMultiline(b *testing.B) {
	plain := synthetic(100000)
	for _, f := range []struct {
		name string
		src  []byte
	}{
		{"baseline-plain", plain},
		{"one-multiline", multilineSummaries(plain, 1)},
		{"all-multiline", multilineSummaries(plain, -1)},
	} {
		b.Run(f.name+"/n=100000", func(b *testing.B) {
			b.SetBytes(int64(len(f.src)))
			var live float64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				ds, err := LoadBytes("bench.toml", f.src)
				if err != nil {
					b.Fatal(err)
				}
				runtime.ReadMemStats(&after)
				live = float64(after.HeapInuse) / float64(len(f.src))
				runtime.KeepAlive(ds)
			}
			b.ReportMetric(live, "heap/file")
		})
	}
}
