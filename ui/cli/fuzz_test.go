package cli

import (
	"strings"
	"testing"
)

// FuzzCommandLine runs the command line with arbitrary arguments (the
// input split at NUL bytes, as a shell hands them over) on the hostile
// dataset, through fang and the error handler, as a colour terminal: every
// error path an argument can reach must print nothing that acts on the
// terminal, and no input may panic.
func FuzzCommandLine(f *testing.F) {
	seeds := []string{"list", "show\x00evil", "show\x00\x1b]0;PWNED\a", "compare\x00evil\x00evil-a",
		"list\x00\x1b]0;X\a:x", "stats\x00--by\x00\u0085name", "list\x00--sort\x00\u202edate", "--\x1b[2J",
		"list\x00-\x1b", "help\x00\x1b]52;c;eA==\a", "timeline\x00-w\x0019", "compare\x00a\x00b\x00--fields\x00\x9b",
		"show\x00evil-a\x00-f\x00markdown", "list\x00-f\x00csv", "list\x00-f\x00\x1bjson"}
	seeds = append(seeds, attacks...)
	for _, s := range seeds {
		f.Add(s)
	}
	noTerminal(f)
	path := writeHostileData(f)
	f.Setenv("CLICOLOR_FORCE", "1")
	f.Setenv("COLORTERM", "truecolor")
	f.Setenv("TERM", "xterm-256color")
	f.Setenv("NO_COLOR", "")
	f.Setenv("MUTUALS_DATA", path)
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, "\x00")
		if len(args) > 0 && (args[0] == "completion" || args[0] == "__complete" || args[0] == "man") {
			return // they print scripts and pages of their own
		}
		for _, a := range args {
			if a == "--data" || strings.HasPrefix(a, "--data=") {
				return // a path of the fuzzer's choosing could read any file, or block on one
			}
		}
		stdout, stderr, _ := execCommand(args...)
		if msg := unsafe(stdout); msg != "" {
			t.Errorf("%q: stdout: %s", args, msg)
		}
		if msg := unsafe(stderr); msg != "" {
			t.Errorf("%q: stderr: %s", args, msg)
		}
	})
}
