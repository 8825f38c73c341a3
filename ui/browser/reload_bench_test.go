package browser

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
)

// BenchmarkReload compares, at 100,000 records, a reload of the file (in
// its command: load, index, search, sort) with the load it repeats (load
// and index), and times the part a reload costs the UI path (applying its
// result in Update), which must stay far below a frame.
func BenchmarkReload(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.toml")
	if err := os.WriteFile(path, datatest.Synthetic(100000, 1), 0o644); err != nil {
		b.Fatal(err)
	}
	paths := []string{path}
	b.Run("baseline-load/n=100000", func(b *testing.B) {
		for b.Loop() {
			ds, err := data.Load(context.Background(), paths, nil)
			if err != nil {
				b.Fatal(err)
			}
			model.NewIndex(ds)
		}
	})
	ds, err := data.Load(context.Background(), paths, nil)
	if err != nil {
		b.Fatal(err)
	}
	br := NewBrowser(ds, BrowserOptions{IsDark: true, Register: &Register{
		Reload: func(context.Context) (*model.Dataset, error) { return data.Load(context.Background(), paths, nil) },
	}})
	br.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(br, "/")
	typeText(br, "health")
	press(br, "enter", "j", "space", "j", "space")
	var done tea.Msg
	b.Run("reload/n=100000", func(b *testing.B) {
		for b.Loop() {
			done = br.startReload()()
		}
	})
	b.Run("apply/n=100000", func(b *testing.B) {
		for b.Loop() {
			br.applyReload(done.(jobDone).value.(reloadDone))
		}
	})
}
