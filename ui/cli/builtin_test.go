package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuiltinBesideARegister is the researcher's path: a register made
// with init, a pathfinder copied in with show -f toml, loaded with
// --builtin, and compared: each mutual keeps its own programme and is
// offered its own programme's pool; the copy is one with its original.
func TestBuiltinBesideARegister(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reg")
	if out, err := run(t, "init", dir); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	swindon, err := run(t, "show", "swindon", "-f", "toml")
	if err != nil {
		t.Fatal(err)
	}
	// run writes the --no-color note nowhere: stdout is the file
	if err := os.WriteFile(filepath.Join(dir, "swindon.toml"), []byte(swindon), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "validate", dir)
	if err != nil || !strings.Contains(out, "ok: 1 My register · 1 of 21 or 22 Pathfinder mutuals") {
		t.Fatalf("the copy should load into the register, each mutual with its programme: %v\n%s", err, out)
	}
	out, err = run(t, "--data", dir, "--builtin", "validate")
	if err != nil || !strings.Contains(out, "ok: 17 of 21 or 22 Pathfinder mutuals · 1 My register") || !strings.Contains(out, "and the built-in dataset") {
		t.Fatalf("with --builtin, the copy is one with the built-in swindon: %v\n%s", err, out)
	}
	out, err = run(t, "--data", dir, "--builtin", "compare", "example-mutual", "swindon", "--fields", "programme,mentor_pool", "-f", "csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"programme,programme,false,differs,my-register,pathfinders", "mentor_pool,mentor pool (offered by the programme),false,differs,Example Mentors Ltd,John Lewis Partnership;"} {
		if !strings.Contains(out, want) {
			t.Errorf("the comparison lacks %q:\n%s", want, out)
		}
	}
	out, err = run(t, "--data", dir, "--builtin", "list", "programme:my-register")
	if err != nil || !strings.Contains(out, "example-mutual") || strings.Contains(out, "swindon") {
		t.Errorf("programme: finds a programme's mutuals: %v\n%s", err, out)
	}
}

// TestBuiltinCopyEdited: a copy that differs from its original is a
// problem naming both places, never a second swindon.
func TestBuiltinCopyEdited(t *testing.T) {
	dir := t.TempDir()
	swindon, _ := run(t, "show", "swindon", "-f", "toml")
	edited := strings.Replace(swindon, `name = "Swindon health and social care"`, `name = "Swindon (my notes)"`, 1)
	if err := os.WriteFile(filepath.Join(dir, "swindon.toml"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, "--data", dir, "--builtin", "list")
	if err == nil || !strings.Contains(out+err.Error(), `mutual "swindon" is defined differently here (first defined at pathfinders (built in):`) ||
		!strings.Contains(err.Error(), "give your copy an id of its own") {
		t.Errorf("want the duplicate named with both places: %v\n%s", err, out)
	}
}
