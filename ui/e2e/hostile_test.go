package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestE2EPaste: in the real binary in tmux, a bracketed paste on the list
// starts a search and filters, as typing does.
func TestE2EPaste(t *testing.T) {
	t.Parallel()
	socket, _ := startTerm(t, 120, 35, "")
	waitFor(t, socket, "17 of 21 or 22 mutuals · 17 shown · 0 marked", e2eWait)
	tmux(t, socket, "set-buffer", "-b", "query", "service:health")
	tmux(t, socket, "paste-buffer", "-p", "-b", "query", "-t", "x")
	waitFor(t, socket, "17 of 21 or 22 mutuals · 3 shown · 0 marked", e2eWait)
}

// TestE2EHostile: the real binary, on data whose names set the title and
// the clipboard and clear the screen, says an ambiguous REF's candidates,
// and echoes arguments in errors, without one escape on stderr, even told
// that stderr shows colour.
func TestE2EHostile(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	path := filepath.Join(t.TempDir(), "evil.toml")
	evil := `[[source]]
id = "s"
title = "t"

[[mutual]]
id = "evil-a"
name = "evil \u001b]0;PWNED\u0007"
location = "\u001b[2J"
service_area = ["=HYPERLINK(\"http://evil.example/\",\"Click\")"]
staff_groups = ["x"]
summary = "x"
sources = ["s"]

[[mutual]]
id = "evil-b"
name = "evil \u001b]52;c;cGF5bG9hZA==\u0007"
location = "\u202egnp.exe"
service_area = ["x"]
staff_groups = ["x"]
summary = "x"
sources = ["s"]
`
	if err := os.WriteFile(path, []byte(evil), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"show", "evil"}, {"compare", "evil", "evil-a"}, {"list", "\x1b]0;X\a:x"}, {"list", "--\x1b]0;X\a"}, {"list", "-f", "csv"}} {
		out, errOut, code := e2eRun(t, e2eEnv("CLICOLOR_FORCE=1", "COLORTERM=truecolor"), append([]string{bin}, append(args, "--data", path)...)...)
		if msg := uitest.UnsafeText(out + errOut); msg != "" {
			t.Errorf("mutuals %q: exit %d: %s", args, code, msg)
		}
		if args[0] == "show" && !strings.Contains(errOut, "evil ␛]0;PWNED␇") {
			t.Errorf("mutuals show evil: the candidates are not listed:\n%s", errOut)
		}
		if args[len(args)-1] == "csv" && !strings.Contains(out, `'=HYPERLINK(`) {
			t.Errorf("mutuals list -f csv: the formula is not neutralised:\n%s", out)
		}
	}
}

// TestE2EPasteEscapes: what a bracketed paste brings into the search in
// the real terminal: Bubble Tea's reader takes the paste's whole escape
// sequences (CSI, OSC) apart as it reads, so they never reach the
// search and are gone; any other control character that does reach it
// shows as its symbol. Nothing is obeyed: the window's title stays.
func TestE2EPasteEscapes(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	socket, _ := startTerm(t, 120, 35, "")
	waitFor(t, socket, "17 shown", e2eWait)
	tmux(t, socket, "set-buffer", "-b", "evil", "x\x1b[31mRED\x1b]0;T\aZ\x01Q")
	tmux(t, socket, "paste-buffer", "-p", "-b", "evil", "-t", "x")
	waitFor(t, socket, "xREDZ␁Q", e2eWait)
	if title := strings.TrimSpace(tmux(t, socket, "display-message", "-p", "-t", "x", "#{pane_title}")); title == "T" {
		t.Errorf("the pasted OSC set the title to %q", title)
	}
}
