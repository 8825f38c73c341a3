package browser

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestEditorNamedAsGiven: an editor that cannot run is named by the
// command as the variable gives it, not by a piece of it: the whole
// path, the whole shell text.
func TestEditorNamedAsGiven(t *testing.T) {
	for _, given := range []string{"/nonexistent/editor", "$(touch x)", "vim\x1b[2J"} {
		env := map[string]string{"EDITOR": given}
		cmd, name, got := editorCommand(func(k string) string { return env[k] }, "f.toml", 1)
		cmd.Dir = t.TempDir() // what the shell text makes is made there
		b := newTestBrowser(t, 200, 30)
		b.Update(editorDone{editor: name, given: got, err: cmd.Run()})
		want := "cannot run the editor " + strings.ReplaceAll(given, "\x1b", "␛")
		if !strings.Contains(b.status, want) {
			t.Errorf("EDITOR=%q: status %q, want %q", given, b.status, want)
		}
	}
}

// TestEditorLastWords: what a failing editor said last on stderr is in
// the footer (the terminal it wrote on is redrawn at once); the editor's
// stderr still reaches the terminal as it runs.
func TestEditorLastWords(t *testing.T) {
	run := newEditorRun(exec.Command("sh", "-c", "echo first >&2; printf 'E325: ATTENTION\\n\\n' >&2; exit 3"))
	var term bytes.Buffer
	run.SetStderr(&term)
	err := run.Run()
	if got := run.lastWords(); got != "E325: ATTENTION" {
		t.Errorf("last words %q, want E325: ATTENTION", got)
	}
	if !strings.Contains(term.String(), "first\nE325") {
		t.Errorf("the terminal got %q", term.String())
	}
	b := newTestBrowser(t, 200, 30)
	b.Update(editorDone{editor: "vi", given: "vi", err: err, said: run.lastWords()})
	if want := "vi exited with status 3: E325: ATTENTION"; b.status != want {
		t.Errorf("status %q, want %q", b.status, want)
	}
}
