package serve

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// A reload that fails keeps the last good data and its problem, which
// every command is given until a reload takes.
func TestFailedReloadIsToldToCommands(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	shared := ts.srv.cfg.Data
	good, _ := shared.Current()
	broken := errors.New("reg.toml:124:1: unknown key")
	shared.load = func(context.Context) (*model.Dataset, error) { return nil, broken }
	if err := shared.Reload(context.Background()); err != broken || shared.Problem() != broken {
		t.Fatalf("Reload: %v, Problem: %v", err, shared.Problem())
	}
	if ds, _ := shared.Current(); ds != good {
		t.Error("a failed reload changed the data served")
	}
	out, _, _ := run(t, ts.client(t), "validate")
	if !strings.Contains(out, "problem=reg.toml:124:1: unknown key") {
		t.Errorf("the command was not told the files' problem: %q", out)
	}
	shared.load = func(context.Context) (*model.Dataset, error) { return good, nil }
	if err := shared.Reload(context.Background()); err != nil || shared.Problem() != nil {
		t.Fatalf("a good reload: %v, Problem: %v", err, shared.Problem())
	}
	if out, _, _ := run(t, ts.client(t), "validate"); strings.Contains(out, "problem=") {
		t.Errorf("the command was told a problem mended since: %q", out)
	}
}
