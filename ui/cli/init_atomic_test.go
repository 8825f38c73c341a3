package cli

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/mutuals/mutuals/data"
)

// TestInitAtOnce: inits of one directory at the same time (a starter and
// the built-in set) leave one register, never two that clash, and no
// temporary or lock file.
func TestInitAtOnce(t *testing.T) {
	for round := range 20 {
		dir := filepath.Join(t.TempDir(), "reg")
		var wg sync.WaitGroup
		var mu sync.Mutex
		wrote := 0
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				name, text := starterFile, data.Starter()
				if i%2 == 1 {
					name, text = builtinFile, data.Builtin()
				}
				if _, err := writeRegister(dir, name, text); err == nil {
					mu.Lock()
					wrote++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		entries, _ := os.ReadDir(dir)
		if wrote != 1 || len(entries) != 1 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Fatalf("round %d: %d inits succeeded and the directory holds %v; want one register alone", round, wrote, names)
		}
	}
}

// TestFailedInitLeavesNothing: an init that fails after making its
// directory removes it, and the parents it made, with its temporary file.
func TestFailedInitLeavesNothing(t *testing.T) {
	root := t.TempDir()
	linkFile = func(string, string) error { return errors.New("no space left on device") }
	defer func() { linkFile = os.Link }()
	if _, err := writeRegister(filepath.Join(root, "new", "reg"), starterFile, data.Starter()); err == nil {
		t.Fatal("the init should have failed")
	}
	if entries, _ := os.ReadDir(root); len(entries) != 0 {
		t.Errorf("a failed init left %v behind", entries)
	}
}
