package cli

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden output of the help examples")

// TestMain lets the scripts run mutuals as a command: the test binary runs
// itself as mutuals, so the scripts test the real command line, exit
// status and all.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"mutuals": func() { os.Exit(Main(context.Background(), "test")) },
	})
}

// scriptParams runs the scripts in dir, each in a fresh directory holding
// the files the examples name (my-mutuals/, my.toml, data/).
func scriptParams(dir string) testscript.Params {
	return testscript.Params{
		Dir:                 dir,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			if err := os.CopyFS(env.WorkDir, os.DirFS("testdata/work")); err != nil {
				return err
			}
			dataset, err := os.ReadFile(filepath.Join("..", "..", "data", "pathfinders.toml"))
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Join(env.WorkDir, "data"), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "data", "pathfinders.toml"), dataset, 0o644)
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"jsonvalid": jsonValid,
		},
	}
}

// jsonValid checks that stdout is one JSON value: what the examples pipe
// to jq must be JSON, though the test machine need not have jq.
func jsonValid(ts *testscript.TestScript, neg bool, _ []string) {
	if !json.Valid([]byte(ts.ReadFile("stdout"))) != neg {
		ts.Fatalf("stdout is not JSON:\n%s", ts.ReadFile("stdout"))
	}
}

// writeScripts writes each script into a fresh directory, named by its key.
func writeScripts(t *testing.T, scripts map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, s := range scripts {
		if err := os.WriteFile(filepath.Join(dir, name+".txtar"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// splitPipe cuts a shell line at its first | or > outside single quotes:
// the mutuals command, and what its output goes to.
func splitPipe(line string) (command, rest string) {
	quoted := false
	for i, r := range line {
		switch {
		case r == '\'':
			quoted = !quoted
		case !quoted && (r == '|' || r == '>'):
			return strings.TrimSpace(line[:i]), strings.TrimSpace(line[i:])
		}
	}
	return strings.TrimSpace(line), ""
}
