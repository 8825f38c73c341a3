// Package loadtest loads made-up data files for the tests of other
// packages through data.Load, the one loader. Each text is written to a
// file in the test's temporary directory and loaded from there; problems
// name the file as the test named it ("f.toml:3:1: ..."), not by its place
// on the machine, so that error messages and golden frames read the same
// on every machine. It lives apart from package data so that the program
// binary carries none of it, and apart from data/datatest because data's
// own tests use that one (a package importing data cannot be).
package loadtest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// Load loads text as one file called name, with data.Load. A test that
// expects a dataset checks err as it would a real load's; a
// *data.LoadError's problems name the file name.
func Load(t testing.TB, name string, text []byte) (*model.Dataset, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load(context.Background(), []string{path}, nil)
	var le *data.LoadError
	if errors.As(err, &le) {
		for i := range le.Problems {
			p := &le.Problems[i]
			p.File = strings.ReplaceAll(p.File, path, name)
			p.Message = strings.ReplaceAll(p.Message, path, name)
		}
	}
	return ds, err
}
