package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui"
)

// BenchmarkCommand runs the real command line on a 100,000-record file,
// with stdout a file, as a pipe or a redirection makes it: validate is the
// load alone, the baseline; list and list -f csv load the same and print a
// line a mutual, so printing costs the difference. print/… is that
// printing alone, on the loaded records, through the same Output:
//
//	go test -run '^$' -bench Command -benchtime 5x -count 3 ./ui/cli
func BenchmarkCommand(b *testing.B) {
	const n = 100000
	path := filepath.Join(b.TempDir(), "big.toml")
	if err := os.WriteFile(path, data.Synthetic(n, 1), 0o600); err != nil {
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
	for _, args := range [][]string{{"validate"}, {"list"}, {"list", "-f", "csv"}} {
		b.Run(args[len(args)-1], func(b *testing.B) {
			runtime.GC()
			for b.Loop() {
				command(b, args...)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/record")
		})
	}
	ds, err := data.Load([]string{path})
	if err != nil {
		b.Fatal(err)
	}
	ms := matching(ds, model.Query{}, model.Sort{})
	for _, f := range []ui.Format{ui.Text, ui.CSV} {
		b.Run("print/"+string(f), func(b *testing.B) {
			runtime.GC()
			for b.Loop() {
				if _, err := out.Seek(0, 0); err != nil {
					b.Fatal(err)
				}
				if err := ui.NewOutput(out, false, 80, f).PrintList(ds, ms); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/record")
		})
	}
}
