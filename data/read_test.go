package data

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDirectorySkipsDotFiles: editors' lock and metadata files beside a
// register are not data: Emacs's .#register.toml (a dangling symlink) and
// macOS's ._register.toml (binary) would each fail the load.
func TestDirectorySkipsDotFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "register.toml"), Starter(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("user@host.1234:1700000000", filepath.Join(dir, ".#register.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "._register.toml"), []byte("\x00\x05\x16\x07Mac OS X"), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatalf("a directory with dot-files beside its register: %v", err)
	}
	if len(ds.Mutuals) != 1 {
		t.Errorf("%d mutuals, want the starter's 1", len(ds.Mutuals))
	}
}

// TestSameFileReadOnce: one file reached by two paths (its directory and
// itself, a symlink, a hard link) is read once, not reported as defining
// everything twice.
func TestSameFileReadOnce(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "register.toml")
	if err := os.WriteFile(file, Starter(), 0o644); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	link, hard := filepath.Join(other, "linked.toml"), filepath.Join(other, "hard.toml")
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(file, hard); err != nil {
		t.Fatal(err)
	}
	for _, paths := range [][]string{{dir, file}, {file, link}, {dir, hard}, {other, dir}} {
		ds, err := Load(context.Background(), paths, nil)
		if err != nil {
			t.Errorf("Load(%v): %v", paths, err)
			continue
		}
		if len(ds.Mutuals) != 1 {
			t.Errorf("Load(%v): %d mutuals, want 1", paths, len(ds.Mutuals))
		}
	}
}

// TestTotalBelowRecorded: a programme's total under the mutuals recorded
// ("3 of 1 mutuals") is a problem at the total; equal or above is not.
func TestTotalBelowRecorded(t *testing.T) {
	mutual := func(id string) string {
		return "\n[[mutual]]\nid = \"" + id + "\"\nname = \"N\"\nlocation = \"L\"\nservice_area = [\"x\"]\nstaff_groups = [\"y\"]\nsummary = \"S\"\nsources = [\"s\"]\n"
	}
	for _, tt := range []struct {
		total   string
		problem bool
	}{{"1", true}, {"2", false}, {"22", false}} {
		src := "[programme]\nname = \"P\"\ntotal = " + tt.total + "\n\n[[source]]\nid = \"s\"\ntitle = \"T\"\n" + mutual("a") + mutual("b")
		_, err := LoadBytes("p.toml", []byte(src))
		if got := err != nil; got != tt.problem {
			t.Errorf("total = %s with 2 mutuals: error %v, want a problem: %v", tt.total, err, tt.problem)
		}
		if tt.problem && (err == nil || !strings.Contains(err.Error(), "p.toml:3:1: total = 1, but 2 mutuals are recorded")) {
			t.Errorf("total = %s: %v, want it placed at the total", tt.total, err)
		}
	}
}
