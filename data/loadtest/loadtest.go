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
	"sync"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// Load loads text as one file called name, with data.Load. A test that
// expects a dataset checks err as it would a real load's; the dataset and
// a *data.LoadError's problems name the file name.
func Load(t testing.TB, name string, text []byte) (*model.Dataset, error) {
	t.Helper()
	// A file of its own in the test's one directory, removed once read:
	// a test may load thousands of texts, or several at once.
	f, err := os.CreateTemp(dir(t), "*-"+filepath.Base(name))
	if err != nil {
		t.Fatal(err)
	}
	path := f.Name()
	defer os.Remove(path)
	_, err = f.Write(text)
	if err := errors.Join(err, f.Close()); err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load(context.Background(), []string{path}, nil)
	if ds != nil {
		ds.Name = data.DatasetName([]string{name})
	}
	var le *data.LoadError
	if errors.As(err, &le) {
		for i := range le.Problems {
			p := &le.Problems[i]
			p.File = strings.ReplaceAll(p.File, path, name)
			p.Message = strings.ReplaceAll(p.Message, path, name)
			p.Hint = strings.ReplaceAll(p.Hint, path, name)
		}
	}
	return ds, err
}

// dirs holds each running test's directory for its files.
var dirs sync.Map // testing.TB → string

func dir(t testing.TB) string {
	if d, ok := dirs.Load(t); ok {
		return d.(string)
	}
	d, loaded := dirs.LoadOrStore(t, t.TempDir())
	if !loaded {
		t.Cleanup(func() { dirs.Delete(t) })
	}
	return d.(string)
}
