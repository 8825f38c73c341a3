package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/serve"
)

// While the server's files have problems it serves the last good data;
// a reader's validate says so: the problems as a local validate prints
// them, a line saying what readers are served, and exit status 1.
func TestServedValidateTellsTheFilesProblems(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "")
	t.Setenv("NO_COLOR", "")
	dir := t.TempDir()
	file := filepath.Join(dir, "reg.toml")
	good := goodRegister(t)
	if err := os.WriteFile(file, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	opts := &options{data: []string{dir}, builtin: true, paths: []string{dir}}
	shared, err := loadShared(context.Background(), opts)
	if err != nil {
		t.Skipf("the test's register does not load: %v", err)
	}
	okLine := runLocal(t, []string{"validate", "--builtin", "--data", dir}).stdout
	if err := os.WriteFile(file, []byte(strings.Replace(good, "location =", "locaton =", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	if shared.Reload(context.Background()) == nil {
		t.Fatal("the broken file reloaded")
	}
	local := runLocal(t, []string{"validate", "--builtin", "--data", dir})
	if local.status != 1 || !strings.Contains(local.stderr, "reg.toml:10:1:") || !strings.Contains(local.stderr, "^") {
		t.Fatalf("local validate of the broken file: %d %q", local.status, local.stderr)
	}
	ds, ix := shared.Current()
	var out, errs bytes.Buffer
	status := ServedCommand("test", true)(context.Background(), serve.Request{Args: []string{"validate"},
		Data: ds, Index: ix, Paths: shared.Paths(), Problem: shared.Problem(), Stdout: &out, Stderr: &errs})
	want := local.stderr + "readers are served the last good data: " + strings.TrimPrefix(okLine, "ok: ")
	if status != 1 || out.String() != "" || errs.String() != want {
		t.Errorf("served validate with the files broken: status %d\nstdout %q\nstderr:\n%s\nwant:\n%s", status, out.String(), errs.String(), want)
	}
	// Other commands read the last good data, as before.
	if got := runServed(t, ds, shared.Paths(), []string{"list"}); got.status != 0 {
		t.Errorf("list while the files are broken: %d %q", got.status, got.stderr)
	}
}

// The start line says where the data is from in validate's words.
func TestServeStartLineSaysFromAsValidateDoes(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "reg.toml"), []byte(goodRegister(t)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, builtin := range []bool{false, true} {
		args := []string{"validate", "--data", dir}
		opts := &options{data: []string{dir}, builtin: builtin, paths: []string{dir}}
		if builtin {
			args = append(args, "--builtin")
		}
		ok := runLocal(t, args)
		ds, err := loadDataset(context.Background(), opts)
		if err != nil || ok.status != 0 {
			t.Fatalf("loading: %v %q", err, ok.stderr)
		}
		_, from, _ := strings.Cut(strings.TrimSuffix(ok.stdout, "\n"), " from ")
		if got := dataFrom(ds, dataPaths(opts), builtin); got != from {
			t.Errorf("builtin %v: serve says from %q, validate from %q", builtin, got, from)
		}
	}
}

// A failed reload is logged one line per problem, file:line:col: message,
// each line whole and printable, with no snippet or caret.
func TestReloadFailureLogsALinePerProblem(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "")
	dir := t.TempDir()
	file := filepath.Join(dir, "reg.toml")
	broken := strings.NewReplacer("location =", `"locaton\u001b[31m" =`, "summary =", "summery =").Replace(goodRegister(t))
	if err := os.WriteFile(file, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := loadDataset(context.Background(), &options{data: []string{dir}, paths: []string{dir}})
	if err == nil {
		t.Fatal("the broken file loaded")
	}
	var log bytes.Buffer
	sayReloaded(&log, err)
	var le *data.LoadError
	if !errors.As(err, &le) || len(le.Problems) < 2 {
		t.Fatalf("want two problems or more, got %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	if len(lines) != 1+len(le.Problems) {
		t.Fatalf("want a line saying the reload failed and one per problem, got:\n%s", log.String())
	}
	if want := fmt.Sprintf("reload failed, still serving the last good data: %d problems", len(le.Problems)); !strings.HasSuffix(lines[0], want) {
		t.Errorf("first line: %q, want it to end %q", lines[0], want)
	}
	for i, l := range lines[1:] {
		p := le.Problems[i]
		want := fmt.Sprintf(" reload problem: %s:%d:%d: ", file, p.Line, p.Column())
		if !strings.Contains(l, want) {
			t.Errorf("problem line %d: %q, want it to hold %q", i, l, want)
		}
	}
	for _, l := range lines {
		if strings.Contains(l, "|") || strings.Contains(l, "^") || strings.Contains(l, "hint:") || l != model.Printable(l) {
			t.Errorf("log line not one plain line: %q", l)
		}
	}
}

// goodRegister is a register that loads, beside the built-in data or not.
func goodRegister(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "work", "my-mutuals", "fenland.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
