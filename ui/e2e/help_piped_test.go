package e2e

import (
	"strings"
	"testing"
)

// TestHelpPiped: help to a pipe or a file has no trailing spaces and its
// prose fits 80 columns (a command line of an example stays whole, to
// copy). Piped, every line was padded to about 120 columns, and the flags'
// descriptions ran to 168.
func TestHelpPiped(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	for _, args := range [][]string{{"--help"}, {"list", "--help"}, {"show", "--help"}, {"compare", "--help"}, {"stats", "--help"}, {"timeline", "--help"}, {"validate", "--help"}, {"init", "--help"}, {"help", "serve"}} {
		out, errOut, code := e2eRun(t, e2eEnv(), append([]string{bin}, args...)...)
		if code != 0 || errOut != "" || out == "" {
			t.Fatalf("mutuals %v: exit %d, stderr %q", args, code, errOut)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.HasSuffix(line, " ") {
				t.Errorf("mutuals %v, line %d ends in spaces: %q", args, i+1, line)
			}
			if n := len([]rune(line)); n > 80 && !strings.HasPrefix(strings.TrimSpace(line), "mutuals ") {
				t.Errorf("mutuals %v, line %d is %d columns: %q", args, i+1, n, line)
			}
		}
	}
}
