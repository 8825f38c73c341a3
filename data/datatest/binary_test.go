package datatest

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNotInTheProgram: the generator is for tests; the mutuals binary must
// not link it.
func TestNotInTheProgram(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/mutuals/mutuals").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "github.com/mutuals/mutuals/data/datatest" {
			t.Fatal("the program imports data/datatest")
		}
	}
}
