package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// The field lists in help come from the model's tables: every query field
// is in list --help, every facet field in stats --help, every sort key in
// list --help and every comparison field in compare --help.
func TestHelpNamesEveryField(t *testing.T) {
	help := func(args ...string) string {
		out, err := run(t, append(args, "--help")...)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(out), " ")
	}
	list, stats, compare := help("list"), help("stats"), help("compare")
	for _, f := range model.Fields {
		if !strings.Contains(list, f.Naming()) {
			t.Errorf("list --help does not name the query field %s", f.Naming())
		}
	}
	for _, k := range model.FacetFields {
		f, _ := model.FieldByKey(k)
		if !strings.Contains(stats, f.Names[0]) {
			t.Errorf("stats --help does not name %s", f.Names[0])
		}
	}
	for _, k := range model.SortKeys {
		if !strings.Contains(list, k) {
			t.Errorf("list --help does not name the sort key %s", k)
		}
	}
	for _, k := range model.CompareFields() {
		if !strings.Contains(compare, k) {
			t.Errorf("compare --help does not name the field %s", k)
		}
	}
}

// TestHelpListsEveryCommand: mutuals --help lists every command a user may
// run (the README points to mutuals man), and the README's completion
// line names every shell completion offers.
func TestHelpListsEveryCommand(t *testing.T) {
	help, _, _ := execCommand("--help")
	for _, c := range rootCommand(&options{}).Commands() {
		if strings.HasPrefix(c.Name(), "__") {
			continue // cobra's completion requests, not a user's command
		}
		if !strings.Contains(help, "\n    "+c.Name()+" ") && !strings.Contains(help, "\n    "+c.Name()+"\n") {
			t.Errorf("mutuals --help does not list %s", c.Name())
		}
	}
	shells, _, _ := execCommand("completion", "--help")
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range []string{"bash", "zsh", "fish", "powershell"} {
		if strings.Contains(shells, "\n    "+sh+" ") && !strings.Contains(string(readme), "|"+sh) && !strings.Contains(string(readme), sh+"|") {
			t.Errorf("completion offers %s; the README's mutuals completion line does not name it", sh)
		}
	}
}
