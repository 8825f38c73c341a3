package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
)

// newRegister runs mutuals init in a new directory and returns it with
// the path of its file.
func newRegister(t *testing.T) (dir, file string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "my register")
	if out, err := exec.Command(e2eBinary(t), "init", dir).CombinedOutput(); err != nil {
		t.Fatalf("mutuals init: %v\n%s", err, out)
	}
	return dir, filepath.Join(dir, "register.toml")
}

// stubEditor writes an editor, named name, that records its arguments one
// a line in the file it returns.
func stubEditor(t *testing.T, name string) (editor, args string) {
	t.Helper()
	dir := t.TempDir()
	editor, args = filepath.Join(dir, name), filepath.Join(dir, "args")
	script := fmt.Sprintf("#!/bin/sh\nprintf '%%s\\n' \"$@\" > '%s.tmp' && mv '%s.tmp' '%s'\n", args, args, args)
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return editor, args
}

func TestE2EEditRunsTheEditor(t *testing.T) {
	t.Parallel()
	regDir, file := newRegister(t)
	line := lineOf(t, string(data.Starter()), "[[mutual]]")
	for _, tt := range []struct{ editor, variable, spelled, want string }{
		{"myvi", "EDITOR", "%s", fmt.Sprintf("+%d\n%s\n", line, file)},
		{"code", "VISUAL", "%s", fmt.Sprintf("-g\n%s:%d\n", file, line)},
		{"my ed.sh", "EDITOR", "%s", fmt.Sprintf("+%d\n%s\n", line, file)},
		{"my ed.sh", "VISUAL", `"%s" --wait`, fmt.Sprintf("--wait\n+%d\n%s\n", line, file)},
	} {
		editor, args := stubEditor(t, tt.editor)
		value := fmt.Sprintf(tt.spelled, editor)
		socket, _ := startTerm(t, 120, 30, fmt.Sprintf("--data '%s'", regDir), fmt.Sprintf("%s='%s'", tt.variable, value))
		waitFor(t, socket, "Example community health mutual", e2eWait)
		tmux(t, socket, "send-keys", "-t", "x", "e")
		var got []byte
		waitUntil(t, socket, e2eWait, func(string) string {
			got, _ = os.ReadFile(args)
			return lacks(string(got), "\n")
		})
		if string(got) != tt.want {
			t.Errorf("%s=%s ran with %q, want %q", tt.variable, value, got, tt.want)
		}
		// The browser is back, and answers keys.
		tmux(t, socket, "send-keys", "-t", "x", "?")
		waitFor(t, socket, "Keys", e2eWait)
	}
}

// saveLikeAnEditor replaces the file the way vim and most editors do:
// write a new file beside it, then rename it over the old one.
func saveLikeAnEditor(t *testing.T, file, text string) {
	t.Helper()
	tmp := file + ".swp"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
}

const secondMutual = `
[[mutual]]
id = "second"
name = "Second library mutual"
location = "Elsewhere"
service_area = ["libraries"]
staff_groups = ["librarians"]
summary = "A second one."
sources = ["example-source"]
`

// TestE2ELiveReload: a file edited under a running browser shows the new
// record, then a syntax error with its place while the old records stay
// listed, then recovers.
func TestE2ELiveReload(t *testing.T) {
	t.Parallel()
	regDir, file := newRegister(t)
	starter, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	socket, _ := startTerm(t, 120, 40, fmt.Sprintf("--data '%s'", regDir))
	waitFor(t, socket, "1 mutual · 1 shown", e2eWait)
	tmux(t, socket, "send-keys", "-t", "x", "/", "library", "Enter")

	good := string(starter) + secondMutual
	saveLikeAnEditor(t, file, good)
	waitFor(t, socket, "Second library mutual", e2eWait)
	screen := waitFor(t, socket, "reloaded: 2 mutuals (1 new)", e2eWait)
	if !strings.Contains(screen, "/ library") || !strings.Contains(screen, "1 shown") {
		t.Errorf("the search should survive the reload:\n%s", screen)
	}

	broken := strings.Replace(good, `location = "Elsewhere"`, `location = Elsewhere"`, 1)
	line := strings.Count(broken[:strings.Index(broken, "location = Elsewhere")], "\n") + 1
	saveLikeAnEditor(t, file, broken)
	waitUntil(t, socket, e2eWait, func(s string) string {
		return lacks(s, "Problems (1)", "showing the last good data", fmt.Sprintf("register.toml:%d:12: TOML syntax", line),
			"location = Elsewhere\"", "^", "Second library mutual")
	})

	saveLikeAnEditor(t, file, good)
	waitUntil(t, socket, e2eWait, func(s string) string {
		if strings.Contains(s, "Problems") {
			return "the problems pane is still there"
		}
		return lacks(s, "reloaded: 2 mutuals", "Second library mutual")
	})
}

// TestE2EFirstDetailHasTheProgramme: the detail first drawn while a
// register streams in is drawn again when the load ends, so it shows what
// only the whole dataset knows (the programme's mentor pool).
func TestE2EFirstDetailHasTheProgramme(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	regDir, _ := newRegister(t)
	socket, _ := startTerm(t, 140, 40, fmt.Sprintf("--data '%s'", regDir))
	waitFor(t, socket, "mentor pool     offered to all", e2eWait)
}

// lineOf is the number of the first line of text that starts with prefix.
func lineOf(t *testing.T, text, prefix string) int {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}
