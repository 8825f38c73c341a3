package cli

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// TestChildrenKeepSIGPIPE: a closed pipe is an error to write, not the
// end of the process, yet what the browser runs (the editor, and what the
// editor runs) gets SIGPIPE as programs expect: an ignored signal would
// stay ignored across exec (yes | head in the editor would never end).
func TestChildrenKeepSIGPIPE(t *testing.T) {
	stop := quietPipes()
	defer stop()
	out, err := exec.Command("grep", "SigIgn", "/proc/self/status").Output()
	if err != nil {
		t.Skip("no /proc here")
	}
	mask, err := strconv.ParseUint(strings.TrimSpace(strings.TrimPrefix(string(out), "SigIgn:")), 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	if mask&(1<<(13-1)) != 0 {
		t.Errorf("a child of the command line ignores SIGPIPE (SigIgn %x)", mask)
	}
}
