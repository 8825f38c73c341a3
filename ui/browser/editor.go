package browser

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// builtinReadOnly is what e says on the built-in data.
// It fits 60 columns.
const builtinReadOnly = "built-in data is read-only: mutuals init --from-builtin DIR"

// ErrBuiltinReadOnly is what a Register's Locate says of a built-in
// record loaded beside the register (--builtin): e then says what it
// says on the built-in data alone.
var ErrBuiltinReadOnly = errors.New(builtinReadOnly)

// sharedReadOnly is what e says where the browser is read-only (a
// session over data shared with other readers).
const sharedReadOnly = "read-only here: this data is shared with other readers"

// editorReady is where the record to edit is, found off the UI path.
type editorReady struct {
	file string
	line int
	err  error
}

// editorDone is the editor closing.
type editorDone struct {
	editor string // its program, to say which one ended how
	given  string // the variable's text, to say what could not run
	said   string // the last line it wrote on stderr
	err    error
}

// editRecord finds the file and line of the mutual at a position (e on the
// list or the detail); while the files have problems, e opens the one
// under the problems pane's cursor instead.
func (b *Browser) editRecord(i int) tea.Cmd {
	if b.readOnly {
		b.status = sharedReadOnly
		return nil
	}
	if b.reg.editing {
		b.status = "the editor is already open: save and close it first"
		return nil
	}
	if fix := b.problems.fix(); fix.file != "" {
		b.reg.editing = true
		return func() tea.Msg { return fix }
	}
	if i < 0 || i >= len(b.ds.Mutuals) {
		return nil
	}
	if b.reg.Register == nil || b.reg.Locate == nil {
		b.status = builtinReadOnly
		return nil
	}
	b.reg.editing = true
	id, locate := b.ds.Mutuals[i].ID, b.reg.Locate
	return func() tea.Msg {
		file, line, err := locate(id)
		return editorReady{file: file, line: line, err: err}
	}
}

// openEditor suspends the browser and runs the editor on the terminal.
func (b *Browser) openEditor(r editorReady) tea.Cmd {
	if r.err != nil {
		b.reg.editing = false
		b.status = "cannot edit: " + model.Printable(r.err.Error())
		if errors.Is(r.err, ErrBuiltinReadOnly) {
			b.status = builtinReadOnly
		}
		return nil
	}
	cmd, name, given := editorCommand(os.Getenv, r.file, r.line)
	run := newEditorRun(cmd)
	return tea.Exec(run, func(err error) tea.Msg {
		return editorDone{editor: name, given: given, said: run.lastWords(), err: err}
	})
}

// editorClosed reports a failed editor, and reloads: the watcher, if one
// runs, may have lost the file (a save through a symlink, a file
// replaced), and the user expects to see what they saved.
func (b *Browser) editorClosed(d editorDone) tea.Cmd {
	b.reg.editing = false
	b.reg.interruptsFrom = time.Now().Add(holdGrace)
	b.status = "" // what was said while it ran ("already open") is past
	var exit *exec.ExitError
	said := ""
	if d.said != "" {
		said = ": " + model.Printable(d.said)
	}
	cannotRun := fmt.Sprintf("cannot run the editor %s: set $VISUAL or $EDITOR to one that is installed", model.Printable(d.given))
	switch {
	case errors.As(d.err, &exit) && signalName(exit) != "":
		b.status = fmt.Sprintf("%s was ended by %s%s", model.Printable(d.editor), signalName(exit), said)
	case errors.As(d.err, &exit) && (exit.ExitCode() == 126 || exit.ExitCode() == 127):
		b.status = cannotRun // the shell could not find or run it
	case errors.As(d.err, &exit):
		b.status = fmt.Sprintf("%s exited with status %d%s", model.Printable(d.editor), exit.ExitCode(), said)
	case d.err != nil:
		b.status = cannotRun
	}
	return b.startReload()
}

// signalName is the signal that ended a process (SIGKILL), or "".
func signalName(exit *exec.ExitError) string {
	ws, ok := exit.Sys().(interface {
		Signaled() bool
		Signal() syscall.Signal
	})
	if !ok || !ws.Signaled() {
		return ""
	}
	return nameOf(ws.Signal())
}

// editorCommand is the command that opens file at line: $VISUAL, else
// $EDITOR, else vi. As git does, the variable is shell text (so
// '"/my editors/ed" --wait' works) run by sh with the line and the file as
// arguments, never part of the text; a variable that names a program as
// it stands (spaces and all) runs it directly. +LINE FILE is understood by
// vi, vim, nvim, emacs, nano, micro and helix; VS Code and its kin take
// -g FILE:LINE.
// The name is the editor's program, to say which one ended how; given is
// the variable's text, to say what could not run.
func editorCommand(getenv func(string) string, file string, line int) (cmd *exec.Cmd, name, given string) {
	editor := cmp.Or(strings.TrimSpace(getenv("VISUAL")), strings.TrimSpace(getenv("EDITOR")), "vi")
	if abs, err := filepath.Abs(file); err == nil {
		file = abs // a file named -x.toml is not an option
	}
	var args []string
	name = editorName(editor)
	switch name {
	case "code", "code-insiders", "codium", "cursor":
		args = []string{"-g", fmt.Sprintf("%s:%d", file, line)}
	default:
		args = []string{fmt.Sprintf("+%d", line), file}
	}
	if isProgram(editor) {
		return exec.Command(editor, args...), name, editor
	}
	return exec.Command("sh", append([]string{"-c", editor + ` "$@"`, editor}, args...)...), name, editor
}

// isProgram reports whether the whole of editor names a program.
func isProgram(editor string) bool {
	_, err := exec.LookPath(editor)
	return err == nil
}

// editorName is the name of the program editor runs: its first word as
// the shell reads it (quotes and all), without the directory.
func editorName(editor string) string {
	word := editor
	if !isProgram(editor) {
		if q := editor[:1]; q == `"` || q == "'" {
			word, _, _ = strings.Cut(editor[1:], q)
		} else if i := strings.IndexAny(editor, " \t"); i >= 0 {
			word = editor[:i]
		}
	}
	return strings.TrimSuffix(filepath.Base(word), ".exe")
}
