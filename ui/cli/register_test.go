package cli

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/mutuals/mutuals/ui/browser"
)

// TestEditABuiltinBesideARegister: with --builtin beside a register, e on
// a pathfinder says the built-in data is read-only (as it does without a
// register), not that the record was renamed or removed since loading.
func TestEditABuiltinBesideARegister(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.toml")
	if err := os.WriteFile(file, []byte("[[mutual]]\nid = \"mine\"\nname = \"Mine\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	reg := register([]string{dir}, false, true)
	if _, _, err := reg.Locate("swindon"); !errors.Is(err, browser.ErrBuiltinReadOnly) {
		t.Errorf("e on a built-in record beside a register: %v, want the built-in data read-only", err)
	}
	if got, line, err := reg.Locate("mine"); err != nil || got != file || line != 1 {
		t.Errorf("e on the register's own record: %q:%d %v", got, line, err)
	}
	if _, _, err := register([]string{dir}, false, false).Locate("swindon"); err == nil || errors.Is(err, browser.ErrBuiltinReadOnly) {
		t.Errorf("without --builtin, a record not in the files is not the built-in's: %v", err)
	}
}
