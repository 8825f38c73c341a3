package data

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindMutual(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.toml": "[[source]]\nid = \"s\"\ntitle = \"t\"\n\n[[mutual]]\nid = \"first\"\nname = \"x\"\n\n[[mutual]]\n# the id below is quoted literally\nid = 'second' # a comment\n",
		"b.toml": "[[mutual]]\nsummary = \"\"\"\nid = \"third\"\n\"\"\"\nid = \"fourth\"\n\n[[mutual]]\n  id = \"third\"\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		id   string
		file string
		line int
	}{
		{"first", "a.toml", 5},
		{"second", "a.toml", 9},
		{"fourth", "b.toml", 1},
		{"third", "b.toml", 7}, // not the id = inside the summary's text
	}
	for _, tt := range tests {
		got, err := FindMutual([]string{dir}, tt.id)
		if err != nil || got != (Origin{filepath.Join(dir, tt.file), tt.line}) {
			t.Errorf("FindMutual(%q) = %+v, %v; want %s:%d", tt.id, got, err, tt.file, tt.line)
		}
	}
	if _, err := FindMutual([]string{dir}, "s"); err == nil {
		t.Error("a source's id should not be found as a mutual")
	}
	if _, err := FindMutual([]string{filepath.Join(dir, "gone.toml")}, "first"); err == nil {
		t.Error("a missing file should be an error")
	}
}
