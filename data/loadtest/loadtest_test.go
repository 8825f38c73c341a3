package loadtest_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/loadtest"
)

// TestProblemsNameTheFileAsGiven: a made-up file's problems read as they
// would beside the test, with no path of the machine in them.
func TestProblemsNameTheFileAsGiven(t *testing.T) {
	_, err := loadtest.Load(t, "f.toml", []byte("[[mutual]]\nid = \"x\"\nname = \"unclosed\n"))
	var le *data.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("want a *data.LoadError, got %v", err)
	}
	if !strings.HasPrefix(err.Error(), "f.toml:3:") || strings.Contains(err.Error(), os.TempDir()) {
		t.Errorf("the problem should name f.toml alone:\n%s", err)
	}
}

// TestLoadsTheText: a good file loads as data.Load loads it, named by the
// file.
func TestLoadsTheText(t *testing.T) {
	ds, err := loadtest.Load(t, "register.toml", data.Starter())
	if err != nil {
		t.Fatal(err)
	}
	if ds.Name != "register.toml" || len(ds.Mutuals) != 1 {
		t.Errorf("got %q with %d mutuals, want register.toml with 1", ds.Name, len(ds.Mutuals))
	}
}
