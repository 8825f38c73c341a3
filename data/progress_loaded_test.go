package data

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
)

// TestProgressLoaded: a report's Loaded is every mutual reported so far,
// in order, over all the files; when given, it is the load's own array
// (the dataset's mutuals begin where it does, so a browser holding it
// holds no copy), and nothing the load does afterwards changes what it
// held: a file's programme, given at its end, goes to a copy.
func TestProgressLoaded(t *testing.T) {
	programme := "\n[programme]\nid = \"p\"\nname = \"P\"\n"
	for _, tc := range []struct {
		name  string
		files []string
		alias bool // the dataset's mutuals are the array Loaded gave
	}{
		{"one file", []string{string(datatest.Synthetic(3000, 1))}, true},
		{"two files", []string{string(datatest.SyntheticPart(2500, 1, "a-")), string(datatest.SyntheticPart(1500, 2, "b-"))}, true},
		{"a programme given at the end", []string{string(datatest.Synthetic(3000, 1)) + programme}, false},
		{"a file the full parser reads", []string{string(datatest.SyntheticPart(1500, 1, "a-")),
			"[programme]\nid = \"p\"\nname = \"P\"\ntotal = 0x1000\n" + string(datatest.SyntheticPart(1500, 2, "b-"))}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for i, f := range tc.files {
				paths = append(paths, write(t, dir, filepath.Base(string(rune('a'+i)))+".toml", f))
			}
			var (
				reported []string // ids, as reported
				loaded   []model.Mutual
				held     []model.Mutual // copies of what each Loaded held when given
			)
			ds, err := Load(context.Background(), paths, func(p Progress) {
				for _, m := range p.Mutuals {
					reported = append(reported, m.ID)
				}
				if p.Loaded == nil {
					return
				}
				if got := ids(p.Loaded); !slices.Equal(got, reported) {
					t.Fatalf("Loaded holds %d mutuals, %v…; reported so far %d, %v…", len(got), head(got), len(reported), head(reported))
				}
				loaded, held = p.Loaded, slices.Clone(p.Loaded)
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(loaded) == 0 {
				t.Fatal("no report gave Loaded")
			}
			for i := range loaded {
				if !loaded[i].Same(&held[i]) || loaded[i].Programme != held[i].Programme {
					t.Fatalf("mutual %d (%s) changed after it was reported in Loaded", i, loaded[i].ID)
				}
			}
			if alias := len(loaded) == len(ds.Mutuals) && &loaded[0] == &ds.Mutuals[0]; alias != tc.alias {
				t.Errorf("the dataset's mutuals are the array Loaded gave: %v, want %v", alias, tc.alias)
			}
			if tc.name == "a programme given at the end" && ds.Mutuals[0].Programme != "p" {
				t.Errorf("programme %q, want p", ds.Mutuals[0].Programme)
			}
		})
	}
}

func ids(ms []model.Mutual) []string {
	out := make([]string, len(ms))
	for i := range ms {
		out[i] = ms[i].ID
	}
	return out
}

func head(s []string) []string { return s[:min(3, len(s))] }
