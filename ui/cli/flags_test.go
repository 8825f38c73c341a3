package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestFlagsMeanSomething: the case. init --data reg DIR listed
// --data and ignored it. A flag a command does not use is neither in its
// help nor accepted (exit 2, naming the commands that take it), and a
// flag that would be ignored beside an argument is refused.
func TestFlagsMeanSomething(t *testing.T) {
	dir := t.TempDir()
	reg := filepath.Join(dir, "reg")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"init", "--data", "x.toml", reg}, "mutuals init takes no --data: it is a flag of mutuals, mutuals compare, mutuals list"},
		{[]string{"init", reg, "--data=x.toml"}, "mutuals init takes no --data"},
		{[]string{"list", "--from-builtin"}, "mutuals list takes no --from-builtin: it is a flag of mutuals init"},
		{[]string{"validate", "my.toml", "--data", "other.toml"}, "validate takes PATHs or --data, not both"},
		{[]string{"list", "--bogus"}, `unknown flag "--bogus"`},
		{[]string{"compare", "swindon", "leicester", "--plain"}, "--plain prints a table to paste into a report: give it with --format markdown or --format csv"},
		{[]string{"show", "swindon", "--plain", "-f", "json"}, "--plain prints a table"},
		{[]string{"stats", "--plain"}, "mutuals stats takes no --plain: it is a flag of mutuals compare, mutuals list, mutuals show"},
		{[]string{"compare", "swindon", "leicester", "--inline"}, "--inline shapes the browser, which compare opens only with no REF"},
	}
	for _, tt := range tests {
		out, err := run(t, tt.args...)
		if err == nil || !isUsage(err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v (usage %v), want a usage error saying %q\n%s", tt.args, err, err != nil && isUsage(err), tt.want, out)
		}
	}
	if _, err := os.Stat(reg); err == nil {
		t.Error("init wrote a register though its command line was refused")
	}

	root := rootCommand(&options{})
	loads := map[string]bool{"mutuals": true, "mutuals list": true, "mutuals show": true, "mutuals compare": true,
		"mutuals stats": true, "mutuals timeline": true, "mutuals validate": true, "mutuals serve": true}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		has := c.Flags().Lookup("data") != nil || c.InheritedFlags().Lookup("data") != nil
		if has != loads[c.CommandPath()] {
			t.Errorf("%s: --data listed %v, but it loads data: %v", c.CommandPath(), has, loads[c.CommandPath()])
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// TestDataFlagBeforeCommand: --data before the command's name is still
// the command's (mutuals --data big.toml validate, as the README has it).
func TestDataFlagBeforeCommand(t *testing.T) {
	path, _ := filepath.Abs(filepath.Join("testdata", "work", "my-mutuals.toml"))
	out, err := run(t, "--data", path, "validate")
	if err != nil || !strings.Contains(out, "ok: ") || !strings.Contains(out, "from 1 file") {
		t.Errorf("mutuals --data FILE validate: %v\n%s", err, out)
	}
}

// TestValidateHelpIsTrue: validate reads the files it checks; what it
// does not do is start the browser.
func TestValidateHelpIsTrue(t *testing.T) {
	out, err := run(t, "validate", "--help")
	if err != nil || strings.Contains(out, "without opening them") || !strings.Contains(out, "without starting the browser") {
		t.Errorf("validate --help: %v\n%s", err, out)
	}
}
