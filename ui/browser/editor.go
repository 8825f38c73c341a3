package browser

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// builtinReadOnly is what e says on the built-in data.
// It fits 60 columns.
const builtinReadOnly = "built-in data is read-only: mutuals init --from-builtin DIR"

// editorReady is where the record to edit is, found off the UI path.
type editorReady struct {
	file string
	line int
	err  error
}

// editorDone is the editor closing.
type editorDone struct {
	editor string
	err    error
}

// editRecord finds the file and line of the mutual at a position (e on the
// list or the detail); while the files have problems, e opens the first
// of them instead.
func (b *Browser) editRecord(i int) tea.Cmd {
	if fix := b.problems.fix; fix.file != "" {
		return func() tea.Msg { return fix }
	}
	if i < 0 || i >= len(b.ds.Mutuals) {
		return nil
	}
	if b.reg.Register == nil || b.reg.Locate == nil {
		b.status = builtinReadOnly
		return nil
	}
	id, locate := b.ds.Mutuals[i].ID, b.reg.Locate
	return func() tea.Msg {
		file, line, err := locate(id)
		return editorReady{file: file, line: line, err: err}
	}
}

// openEditor suspends the browser and runs the editor on the terminal.
func (b *Browser) openEditor(r editorReady) tea.Cmd {
	if r.err != nil {
		b.status = "cannot edit: " + model.Printable(r.err.Error())
		return nil
	}
	cmd := editorCommand(os.Getenv, r.file, r.line)
	name := filepath.Base(cmd.Args[0])
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return editorDone{editor: name, err: err} })
}

// editorClosed reports a failed editor, and reloads when nothing watches
// the files.
func (b *Browser) editorClosed(d editorDone) tea.Cmd {
	var exit *exec.ExitError
	switch {
	case errors.As(d.err, &exit):
		b.status = fmt.Sprintf("%s exited with status %d", model.Printable(d.editor), exit.ExitCode())
	case d.err != nil:
		b.status = fmt.Sprintf("cannot run the editor %s: set $VISUAL or $EDITOR to one that is installed", model.Printable(d.editor))
	}
	if b.reg.watcher == nil {
		return b.startReload()
	}
	return nil
}

// editorCommand is the command that opens file at line: $VISUAL, else
// $EDITOR, else vi, each of which may carry arguments ("code --wait").
// +LINE FILE is understood by vi, vim, nvim, emacs, nano, micro and
// helix; VS Code and its kin take -g FILE:LINE.
func editorCommand(getenv func(string) string, file string, line int) *exec.Cmd {
	words := strings.Fields(cmp.Or(strings.TrimSpace(getenv("VISUAL")), strings.TrimSpace(getenv("EDITOR")), "vi"))
	if abs, err := filepath.Abs(file); err == nil {
		file = abs // a file named -x.toml is not an option
	}
	args := words[1:]
	switch strings.TrimSuffix(filepath.Base(words[0]), ".exe") {
	case "code", "code-insiders", "codium", "cursor":
		args = append(args, "-g", fmt.Sprintf("%s:%d", file, line))
	default:
		args = append(args, fmt.Sprintf("+%d", line), file)
	}
	return exec.Command(words[0], args...)
}
