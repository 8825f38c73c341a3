package cli

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestQuoteArgPastes: the path init prints, pasted into a shell, is the
// path given, control characters and all, and prints nothing that acts on
// the terminal.
func TestQuoteArgPastes(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to paste into")
	}
	for _, path := range []string{"my-register", "my register", "it's", "a\nb", "tab\there", "esc\x1b[2Jx", "back\\slash'\n", "c1\u0085end", "bidi\u202eevil", "日本\n"} {
		q := quoteArg(path)
		if strings.IndexFunc(q, model.Unsafe) >= 0 {
			t.Errorf("quoteArg(%q) = %q holds a control character", path, q)
		}
		out, err := exec.Command(bash, "-c", "printf '%s' "+q).Output()
		if err != nil || string(out) != path {
			t.Errorf("quoteArg(%q) = %s pastes as %q (%v)", path, q, out, err)
		}
	}
}
