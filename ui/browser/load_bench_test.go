package browser

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
)

// BenchmarkBrowserLoad is the browser's whole load of 100,000 records,
// streamed and indexed as they arrive, to the index a search uses, beside
// the plain load `list` and `validate` make (baseline-load), in the same
// run.
func BenchmarkBrowserLoad(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.toml")
	if err := os.WriteFile(path, datatest.Synthetic(100000, 1), 0o644); err != nil {
		b.Fatal(err)
	}
	paths := []string{path}
	b.Run("baseline-load/n=100000", func(b *testing.B) {
		for b.Loop() {
			if _, err := data.Load(context.Background(), paths, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("browser/n=100000", func(b *testing.B) {
		for b.Loop() {
			_, ch := startLoad(watchedLoad(paths), "big.toml")
			for msg := range ch {
				if d, ok := msg.(loadDone); ok && d.err != nil {
					b.Fatal(d.err)
				}
			}
		}
	})
}
