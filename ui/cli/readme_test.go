package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// A readmeCommand is one "$ mutuals …" line of a console block in the
// README and the output shown under it.
type readmeCommand struct {
	file   string // README.md, or a help topic's file
	block  int    // the line of its block's opening fence: a block runs as one script
	line   int    // in README.md, for the failure message
	input  string
	output []string
}

// readmeCommands extracts every command of every ```console block.
func readmeCommands(t *testing.T, readme string) []readmeCommand {
	t.Helper()
	var out []readmeCommand
	inBlock, block := false, 0
	for i, l := range strings.Split(readme, "\n") {
		switch {
		case strings.HasPrefix(l, "```console"):
			inBlock, block = true, i+1
		case strings.HasPrefix(l, "```"):
			inBlock = false
		case !inBlock:
		case strings.HasPrefix(l, "$ "):
			out = append(out, readmeCommand{file: "README.md", block: block, line: i + 1, input: strings.TrimPrefix(l, "$ ")})
		case len(out) == 0:
			t.Errorf("README.md:%d: a console block must open with a $ line", i+1)
		default:
			c := &out[len(out)-1]
			c.output = append(c.output, l)
		}
	}
	return out
}

var (
	headN    = regexp.MustCompile(`^\| head -(\d+)$`)
	redirect = regexp.MustCompile(`^> ([\w.-]+)$`)
)

// readmeScript is the testscript for one README command: run it (it must
// fail when the README shows an error, and succeed otherwise), then
// compare what it printed (stdout, then stderr) with the README, where a
// line "…" stands for any number of lines. "> FILE" keeps stdout in FILE
// for the commands after it, and only stderr is compared. The want file
// is named for the command's line, so a block's commands share a script.
func readmeScript(c readmeCommand) (string, error) {
	command, rest := splitPipe(c.input)
	head, check, keep := "0", "printed", ""
	if m := headN.FindStringSubmatch(rest); m != nil {
		head = m[1]
	} else if m := redirect.FindStringSubmatch(rest); m != nil {
		check, keep = "printederr", fmt.Sprintf("cp stdout %s\n", m[1])
	} else if rest != "" {
		return "", fmt.Errorf("%s:%d: the test cannot run %q", c.file, c.line, rest)
	}
	want := strings.TrimRight(strings.Join(c.output, "\n"), "\n") + "\n"
	exec := "exec" // an example that shows an error must fail
	if strings.HasPrefix(want, "error:") {
		exec = "! exec"
	}
	file := fmt.Sprintf("want-%d", c.line)
	return fmt.Sprintf("# %s:%d\n%s %s\n%s%s %s %s\n-- %s --\n%s", c.file, c.line, exec, command, keep, check, head, file, file, want), nil
}

// printed compares stdout and stderr with the file named, after keeping
// the first N lines (N > 0), as "| head -N" would.
func printed(ts *testscript.TestScript, neg bool, args []string) {
	comparePrinted(ts, neg, args, ts.ReadFile("stdout")+ts.ReadFile("stderr"))
}

// printedErr is printed for a command whose stdout went to a file.
func printedErr(ts *testscript.TestScript, neg bool, args []string) {
	comparePrinted(ts, neg, args, ts.ReadFile("stderr"))
}

func comparePrinted(ts *testscript.TestScript, neg bool, args []string, out string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: printed N FILE")
	}
	n, _ := strconv.Atoi(args[0])
	got := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if n > 0 && len(got) > n {
		got = got[:n]
	}
	want := strings.Split(strings.TrimRight(ts.ReadFile(args[1]), "\n"), "\n")
	if !matchLines(got, want) {
		ts.Fatalf("the documentation shows:\n%s\n\nbut mutuals printed:\n%s", strings.Join(want, "\n"), strings.Join(got, "\n"))
	}
}

// matchLines reports whether got is want, where a want line "…" matches
// any run of lines, none included, and a want line that ends in "…"
// matches any line that starts with the rest (a line cut to fit the page).
func matchLines(got, want []string) bool {
	if len(want) == 0 {
		return len(got) == 0
	}
	if want[0] == "…" {
		for i := 0; i <= len(got); i++ {
			if matchLines(got[i:], want[1:]) {
				return true
			}
		}
		return false
	}
	return len(got) > 0 && matchLine(got[0], want[0]) && matchLines(got[1:], want[1:])
}

func matchLine(got, want string) bool {
	got, want = strings.TrimRight(got, " "), strings.TrimRight(want, " ")
	if cut, ok := strings.CutSuffix(want, "…"); ok && cut != "" {
		return strings.HasPrefix(got, cut)
	}
	return got == want
}

func TestMatchLines(t *testing.T) {
	tests := []struct {
		got, want string
		ok        bool
	}{
		{"a\nb", "a\nb", true},
		{"a\nb", "a\nc", false},
		{"a\nb\nc", "a\n…\nc", true},
		{"a\nc", "a\n…\nc", true},
		{"a\nb\nc", "a\n…", true},
		{"a\nb", "a", false},
		{"a", "a\nb", false},
		{"abc\nd", "ab…\nd", true},
		{"abc", "ax…", false},
		{"a", "a…", true},
	}
	for _, tt := range tests {
		if got := matchLines(strings.Split(tt.got, "\n"), strings.Split(tt.want, "\n")); got != tt.ok {
			t.Errorf("matchLines(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}

// readmeLines is the most lines the README may have: a guide read from
// the top, the reference being in the help topics.
const readmeLines = 300

// TestREADME runs every command of every console block in the README and
// checks it prints what the README shows under it, so the two cannot drift.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(readme), "\n"); n > readmeLines {
		t.Errorf("README.md has %d lines: a user's guide is at most %d; put reference in a help topic (ui/cli/topics) and maintainers' notes in a package's doc.go", n, readmeLines)
	}
	commands := readmeCommands(t, string(readme))
	if len(commands) < 6 {
		t.Fatalf("found %d commands in the README's console blocks, want its examples", len(commands))
	}
	// A block is one script, its commands in order and in one directory,
	// so that one can use what another wrote. Its want files are txtar
	// sections, so they go after every command.
	cmds, files := map[string]string{}, map[string]string{}
	for _, c := range commands {
		s, err := readmeScript(c)
		if err != nil {
			t.Error(err)
			continue
		}
		name := fmt.Sprintf("readme-line-%d", c.block)
		script, want, _ := strings.Cut(s, "\n-- ")
		cmds[name] += script + "\n"
		files[name] += "-- " + want
	}
	scripts := map[string]string{}
	for name := range cmds {
		scripts[name] = cmds[name] + files[name]
	}
	p := scriptParams(writeScripts(t, scripts))
	p.Cmds["printed"] = printed
	p.Cmds["printederr"] = printedErr
	testscript.Run(t, p)
}
