package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
)

func TestInitWritesAStarterThatValidates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my-register")
	out, err := run(t, "init", dir)
	if err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	if !strings.Contains(out, "wrote "+filepath.Join(dir, "register.toml")) {
		t.Errorf("init should say what it wrote:\n%s", out)
	}
	out, err = run(t, "validate", dir)
	if err != nil || !strings.Contains(out, "ok: 1 mutual, 1 source") {
		t.Errorf("the starter should validate: %v\n%s", err, out)
	}
}

// TestInitRegisterListsACount: the outside tester's case. A register made
// by init has no programme total; "list status:ended" printed nothing and
// exited 0, which looked like a failure. The count line says none matched.
func TestInitRegisterListsACount(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my-register")
	if out, err := run(t, "init", dir); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	for query, want := range map[string]string{"status:ended": "0 shown · 1 mutual\n", "": "1 shown · 1 mutual\n"} {
		out, err := run(t, "--data", dir, "list", query)
		if err != nil || !strings.HasSuffix(out, want) {
			t.Errorf("list %q: %v\n%q, want it to end %q", query, err, out, want)
		}
	}
}

func TestInitFromBuiltin(t *testing.T) {
	dir := t.TempDir()
	if out, err := run(t, "init", "--from-builtin", dir); err != nil {
		t.Fatalf("init --from-builtin: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(dir, "pathfinders.toml"))
	if err != nil || !bytes.Equal(got, data.Builtin()) {
		t.Fatalf("init --from-builtin should write the built-in file as it is (err %v)", err)
	}
	builtin, _ := run(t, "list", "-f", "json")
	copied, _ := run(t, "list", "-f", "json", "--data", dir)
	if builtin != copied {
		t.Errorf("the copy lists differently from the built-in data")
	}
}

// TestInitRefusesData: a directory holding any file loading would read
// (data.IsDataName: a .toml file, not a dot-file) is left exactly as it
// was, and the exit status is 1.
func TestInitRefusesData(t *testing.T) {
	for _, name := range []string{"register.toml", "other.toml", "old.register.toml"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			mine := []byte("# mine\n")
			if err := os.WriteFile(filepath.Join(dir, name), mine, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{{"init", dir}, {"init", "--from-builtin", dir}} {
				out, err := run(t, args...)
				if err == nil || isUsage(err) {
					t.Fatalf("%v: want a failure (exit 1), got %v\n%s", args, err, out)
				}
				if !strings.Contains(err.Error(), "nothing was written") {
					t.Errorf("the error should say nothing was written: %v", err)
				}
				entries, _ := os.ReadDir(dir)
				got, _ := os.ReadFile(filepath.Join(dir, name))
				if len(entries) != 1 || !bytes.Equal(got, mine) {
					t.Errorf("%v changed the directory: %d entries, %s = %q", args, len(entries), name, got)
				}
			}
		})
	}
}

func TestInitRefusesAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "init", file)
	if err == nil || isUsage(err) || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("init on a file: want exit 1 saying it is not a directory, got %v\n%s", err, out)
	}
}

func TestInitWithoutDir(t *testing.T) {
	if _, err := run(t, "init"); err == nil || !isUsage(err) {
		t.Errorf("init with no DIR: want a usage error (exit 2), got %v", err)
	}
}
