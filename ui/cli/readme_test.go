package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeRegister runs every console block of the README's section
// "Keep your own register", in order and in one directory, and checks
// that each command prints what the README says it does.
func TestReadmeRegister(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n## Keep your own register\n")
	if !ok {
		t.Fatal(`the README has no section "Keep your own register"`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	blocks := regexp.MustCompile("(?s)```console\n(.*?)```").FindAllStringSubmatch(section, -1)
	if len(blocks) == 0 {
		t.Fatal("the section has no console blocks")
	}
	t.Chdir(t.TempDir())
	for _, b := range blocks {
		for _, c := range splitConsole(b[1]) {
			if got := runConsole(t, c.command); got != c.output {
				t.Errorf("$ %s\n--- printed:\n%s--- the README says:\n%s", c.command, got, c.output)
			}
		}
	}
}

type consoleCommand struct{ command, output string }

// splitConsole reads "$ command" lines, each followed by what it prints.
func splitConsole(block string) []consoleCommand {
	var out []consoleCommand
	for _, line := range strings.SplitAfter(block, "\n") {
		if cmd, ok := strings.CutPrefix(line, "$ "); ok {
			out = append(out, consoleCommand{command: strings.TrimSpace(cmd)})
		} else if len(out) > 0 {
			out[len(out)-1].output += line
		}
	}
	return out
}

// runConsole runs "mutuals ARGS [> FILE]" and returns what a terminal
// would show: the output (unless redirected), then the error as the error
// handler prints it.
func runConsole(t *testing.T, command string) string {
	t.Helper()
	command, file, redirect := strings.Cut(command, " > ")
	args := strings.Fields(command)
	if len(args) == 0 || args[0] != "mutuals" {
		t.Fatalf("not a mutuals command: %q", command)
	}
	t.Setenv("MUTUALS_DATA", "")
	root := rootCommand(&options{noColor: true})
	var buf bytes.Buffer
	root.SetOut(&buf)
	root.SetErr(&buf)
	root.SilenceUsage, root.SilenceErrors = true, true // as fang runs it
	root.SetArgs(append(args[1:], "--no-color"))
	err := root.Execute()
	out := buf.String()
	if redirect {
		if werr := os.WriteFile(strings.TrimSpace(file), []byte(out), 0o644); werr != nil {
			t.Fatal(werr)
		}
		out = ""
	}
	if err != nil {
		out += "error: " + err.Error() + "\n"
		if isUsage(err) {
			out += "Try 'mutuals --help' for usage.\n"
		}
	}
	return out
}
