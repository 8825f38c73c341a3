package data

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
)

// Sizes every benchmark runs at.
var benchSizes = []int{12, 1000, 10000, 100000}

var (
	synthMu    sync.Mutex
	synthCache = map[int][]byte{}
)

// synthetic returns (and keeps) the synthetic file of n records.
func synthetic(n int) []byte {
	synthMu.Lock()
	defer synthMu.Unlock()
	if b, ok := synthCache[n]; ok {
		return b
	}
	b := datatest.Synthetic(n, 1)
	synthCache[n] = b
	return b
}

// BenchmarkLoad is our whole load: parse, check, build records.
func BenchmarkLoad(b *testing.B) {
	for _, n := range benchSizes {
		src := synthetic(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := LoadBytes("bench.toml", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBaselineDecodeStructs is the baseline: a plain toml.Decode of
// the same bytes into structs, with no checks and no positions.
func BenchmarkBaselineDecodeStructs(b *testing.B) {
	type doc struct {
		Source []model.Source `toml:"source"`
		Mutual []struct {
			model.Mutual
			ServiceArea []string `toml:"service_area"`
			StaffGroups []string `toml:"staff_groups"`
			LegalForm   string   `toml:"legal_form"`
			Event       []model.Event
		} `toml:"mutual"`
	}
	for _, n := range benchSizes {
		src := string(synthetic(n))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				var d doc
				if _, err := toml.Decode(src, &d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSyntheticLoads(t *testing.T) {
	ds, err := LoadBytes("synthetic.toml", datatest.Synthetic(500, 7))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Mutuals) != 500 {
		t.Fatalf("got %d mutuals", len(ds.Mutuals))
	}
	if a, b := datatest.Synthetic(50, 3), datatest.Synthetic(50, 3); string(a) != string(b) {
		t.Fatal("the generator is not deterministic")
	}
}

// BenchmarkHostile loads files of the deep-nesting families, beside a plain
// toml.Decode of the same bytes (the baseline, only at the small size: its
// cost grows with the square of the depth, a minute at 40 KB).
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostileFamilies[:8] {
		for _, n := range []int{4 << 10, 40 << 10, 400 << 10} {
			src := h.make(n)
			b.Run(fmt.Sprintf("%s/n=%dKB", h.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := LoadBytes("hostile.toml", []byte(src)); err == nil {
						b.Fatal("loaded")
					}
				}
			})
			if n == 4<<10 {
				b.Run(fmt.Sprintf("%s/n=%dKB/baseline toml.Decode", h.name, n>>10), func(b *testing.B) {
					b.SetBytes(int64(len(src)))
					b.ReportAllocs()
					for b.Loop() {
						var v map[string]any
						_, _ = toml.Decode(src, &v)
					}
				})
			}
		}
	}
}

// BenchmarkLoadScaling loads 100,000, 200,000 and 400,000 records, tiny
// (only the required fields, about 124 bytes each) and realistic (about
// 615), to show that twice the records take about twice the time; it
// reports what the loaded dataset holds as a multiple of the file
// (live/file). The baseline is a plain toml.Decode at 100,000.
func BenchmarkLoadScaling(b *testing.B) {
	kinds := []struct {
		name string
		make func(n int) []byte
	}{
		{"tiny", datatest.Tiny},
		{"realistic", func(n int) []byte { return datatest.Synthetic(n, 1) }},
	}
	for _, k := range kinds {
		for _, n := range []int{100000, 200000, 400000} {
			src := k.make(n)
			b.Run(fmt.Sprintf("%s/n=%d", k.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				var live float64
				for b.Loop() {
					var before, after runtime.MemStats
					runtime.GC()
					runtime.ReadMemStats(&before)
					ds, err := LoadBytes("bench.toml", src)
					if err != nil {
						b.Fatal(err)
					}
					runtime.GC()
					runtime.ReadMemStats(&after)
					live = float64(after.HeapAlloc-before.HeapAlloc) / float64(len(src))
					runtime.KeepAlive(ds)
				}
				b.ReportMetric(live, "live/file")
			})
			if n == 100000 {
				b.Run(fmt.Sprintf("%s/n=%d/baseline toml.Decode", k.name, n), func(b *testing.B) {
					s := string(src)
					b.SetBytes(int64(len(src)))
					for b.Loop() {
						var v map[string]any
						if _, err := toml.Decode(s, &v); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// wideFamilies are hostile files that are wide rather than deep: many
// keys, tables, problems or escapes. Each must cost time and memory in
// proportion to its size (BenchmarkHostileWide reports both).
var wideFamilies = []hostile{
	{"100k tables [t1] [t2] …", func(n int) string { return repeatf(n, "[t%d]\n") }},
	{"100k keys in an inline table", func(n int) string { return "x = {" + strings.TrimSuffix(repeatf(n, "k%d = 1, "), ", ") + "}\n" }},
	{"100k unknown keys in a mutual", func(n int) string { return goodBench + repeatf(n, "k%d = \"v\"\n") }},
	{"100k duplicate mutual ids", func(n int) string { return strings.Repeat("[[mutual]]\nid = \"same\"\n", n) }},
	{"100k citations of undefined sources", func(n int) string {
		return goodBench + repeatf(n, "[[mutual.event]]\ndate = \"2010\"\nkind = \"other\"\ntext = \"t\"\nsources = [\"nope%d\"]\n")
	}},
	{"1M-item array of integers", func(n int) string { return "x = [" + strings.Repeat("1,", n*10) + "1]\n" }},
	{"1M escapes in one string", func(n int) string { return "x = \"" + strings.Repeat(`\u00e9`, n*10) + "\"\n" }},
	{"100k bare [[mutual]] headers", func(n int) string { return strings.Repeat("[[mutual]]\n", n) }},
	{"10 MB multi-line string", func(n int) string { return "x = \"\"\"\n" + strings.Repeat("line of text\n", n*8) + "\"\"\"\n" }},
}

const goodBench = "[[source]]\nid = \"s\"\ntitle = \"S\"\n[[mutual]]\nid = \"m\"\nname = \"N\"\nlocation = \"L\"\nservice_area = [\"a\"]\nstaff_groups = [\"g\"]\nsummary = \"S\"\nsources = [\"s\"]\n"

func repeatf(n int, format string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

func BenchmarkHostileWide(b *testing.B) {
	for _, h := range wideFamilies {
		src := h.make(100000)
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = LoadBytes("hostile.toml", []byte(src))
			}
		})
	}
	for _, h := range shapeFamilies {
		src := h.make(4 << 20) // about the size of the files the full parser spent gigabytes on
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = LoadBytes("hostile.toml", []byte(src))
			}
		})
	}
}
