package cli

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
)

// BenchmarkCommand runs the real command line on a 100,000-record file,
// with stdout a file, as a pipe or a redirection makes it: validate is the
// load alone, the baseline; list and list -f csv load the same and print a
// line a mutual, so printing costs the difference (print/load: at most
// 0.2 is the target). print/… is that printing alone, on the loaded
// records, through the same Output, per record:
//
//	go test -run '^$' -bench Command -benchtime 5x ./ui/cli
func BenchmarkCommand(b *testing.B) {
	const n = 100000
	path := filepath.Join(b.TempDir(), "big.toml")
	if err := os.WriteFile(path, datatest.Synthetic(n, 1), 0o600); err != nil {
		b.Fatal(err)
	}
	out, err := os.Create(filepath.Join(b.TempDir(), "out"))
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	command := func(b testing.TB, args ...string) {
		if _, err := out.Seek(0, 0); err != nil {
			b.Fatal(err)
		}
		root := rootCommand(&options{})
		root.SetOut(out)
		root.SetArgs(append(args, "--data", path))
		if err := root.Execute(); err != nil {
			b.Fatal(err)
		}
	}
	b.Setenv("GOMEMLIMIT", "off") // the soft limit is the process's, not one run's
	command(b, "validate")        // the file in the page cache, the heap grown
	// Each round runs validate, list and list -f csv one after the other,
	// so that a busy machine slows all three alike and the ratios hold.
	b.Run("beside-validate", func(b *testing.B) {
		cmds := [][]string{{"validate"}, {"list"}, {"list", "-f", "csv"}}
		took := make([]time.Duration, len(cmds))
		for b.Loop() {
			for i, args := range cmds {
				runtime.GC()
				start := time.Now()
				command(b, args...)
				took[i] += time.Since(start)
			}
		}
		load := took[0].Seconds()
		b.ReportMetric(load*1000/float64(b.N), "validate-ms")
		b.ReportMetric(took[1].Seconds()*1000/float64(b.N), "list-ms")
		b.ReportMetric(took[2].Seconds()*1000/float64(b.N), "csv-ms")
		b.ReportMetric((took[1].Seconds()-load)/load, "list-print/load")
		b.ReportMetric((took[2].Seconds()-load)/load, "csv-print/load")
	})
	ds, err := data.Load(context.Background(), []string{path}, nil)
	if err != nil {
		b.Fatal(err)
	}
	ms := matching(ds, index(&options{}, ds), model.Query{}, model.Sort{})
	for _, f := range []format.Format{format.Text, format.CSV} {
		b.Run("print/"+string(f), func(b *testing.B) {
			runtime.GC()
			for b.Loop() {
				if _, err := out.Seek(0, 0); err != nil {
					b.Fatal(err)
				}
				if err := format.NewOutput(out, false, 80, f).PrintList(ds, ms); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/record")
		})
	}
}
