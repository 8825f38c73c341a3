package datatest

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNotInTheProgram: the generator and loadtest are for tests; the
// mutuals binary must link neither.
func TestNotInTheProgram(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/mutuals/mutuals").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "github.com/mutuals/mutuals/data/datatest" || p == "github.com/mutuals/mutuals/data/loadtest" {
			t.Fatalf("the program imports %s", p)
		}
	}
}
