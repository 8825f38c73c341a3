package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/spf13/cobra"
)

// A help example is a command line from a command's Example, with the name
// of the golden file that holds what it prints.
type helpExample struct {
	line, golden string
}

// helpExamples gathers the examples of every command's --help, in order.
func helpExamples(t *testing.T) []helpExample {
	t.Helper()
	var out []helpExample
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for l := range strings.SplitSeq(c.Example, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if !strings.HasPrefix(l, "mutuals") {
				t.Errorf("%s --help: example %q does not start with mutuals", c.CommandPath(), l)
				continue
			}
			out = append(out, helpExample{line: l, golden: goldenName(l)})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	root := rootCommand(&options{})
	root.InitDefaultHelpCmd() // mutuals help, whose examples are topics
	walk(root)
	return out
}

var unsafeName = regexp.MustCompile(`[^a-z0-9]+`)

func goldenName(line string) string {
	return strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(line), "-"), "-") + ".stdout"
}

// TestHelpExamples runs every example of every --help as a script against
// the real command line and compares what it prints with its golden file
// in testdata/examples (go test -run TestHelpExamples -update rewrites
// them). What an example pipes to (jq) or redirects to (a file) is left
// out; the output that would reach it is what is checked.
func TestHelpExamples(t *testing.T) {
	goldens, _ := filepath.Abs(filepath.Join("testdata", "examples"))
	if *update {
		os.MkdirAll(goldens, 0o755)
	}
	scripts := map[string]string{}
	var names []string
	for _, ex := range helpExamples(t) {
		command, rest := splitPipe(ex.line)
		if strings.Contains(strings.ReplaceAll(command, `'"`, ""), `"`) && !strings.Contains(command, "'") {
			t.Errorf("example %q quotes with \" : the script cannot run it as the shell would", ex.line)
		}
		golden := filepath.Join(goldens, ex.golden)
		var s strings.Builder
		s.WriteString("# " + ex.line + "\nexec " + command + "\n! stderr .\n")
		if *update {
			s.WriteString("cp stdout " + golden + "\n")
		} else {
			s.WriteString("cmp stdout " + golden + "\n")
		}
		if strings.Contains(rest, "jq") {
			s.WriteString("jsonvalid\n")
		}
		scripts[strings.TrimSuffix(ex.golden, ".stdout")] = s.String()
		names = append(names, ex.golden)
	}
	testscript.Run(t, scriptParams(writeScripts(t, scripts)))

	// A golden file no example uses is an example that was changed or
	// removed without its output being looked at again.
	entries, _ := os.ReadDir(goldens)
	for _, e := range entries {
		if !slices.Contains(names, e.Name()) {
			t.Errorf("testdata/examples/%s belongs to no --help example: delete it", e.Name())
		}
	}
}
