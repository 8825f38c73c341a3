package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestEditorCommand runs the command for each way of naming an editor
// (a stub that records its arguments) and checks what it was given.
func TestEditorCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my editors")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	got := filepath.Join(dir, "args")
	for _, name := range []string{"my ed.sh", "code"} {
		script := fmt.Sprintf("#!/bin/sh\nprintf '%%s\\n' \"$@\" > '%s'\n", got)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	ed, code := filepath.Join(dir, "my ed.sh"), filepath.Join(dir, "code")
	// a file whose name the shell would expand, or read as an option
	file := filepath.Join(t.TempDir(), "-x $(touch pwned) `id`;.toml")
	tests := []struct {
		visual, editor string
		want           []string
	}{
		{"", ed, []string{"+7", file}},                              // a path with spaces, as is
		{"", `"` + ed + `" --wait`, []string{"--wait", "+7", file}}, // quoted as in a shell
		{"  ", "'" + ed + "' -nw", []string{"-nw", "+7", file}},
		{`"` + code + `" --wait`, "nano", []string{"--wait", "-g", file + ":7"}},
		{"", code, []string{"-g", file + ":7"}},
	}
	for _, tt := range tests {
		os.Remove(got)
		env := map[string]string{"VISUAL": tt.visual, "EDITOR": tt.editor}
		cmd, _, _ := editorCommand(func(k string) string { return env[k] }, file, 7)
		cmd.Dir = t.TempDir()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("VISUAL=%q EDITOR=%q: %v\n%s", tt.visual, tt.editor, err, out)
			continue
		}
		args, _ := os.ReadFile(got)
		if want := strings.Join(tt.want, "\n") + "\n"; string(args) != want {
			t.Errorf("VISUAL=%q EDITOR=%q ran with %q, want %q", tt.visual, tt.editor, args, want)
		}
		if _, err := os.Stat(filepath.Join(cmd.Dir, "pwned")); err == nil {
			t.Errorf("VISUAL=%q EDITOR=%q: the shell ran part of the file's name", tt.visual, tt.editor)
		}
	}
}

// TestEditorName: a failed editor is named by its program, as the user
// wrote it, quotes and spaces and all.
func TestEditorName(t *testing.T) {
	for _, tt := range []struct{ editor, want string }{
		{"vi", "vi"},
		{"emacs -nw", "emacs"},
		{`"/opt/my editors/ed.sh" --wait`, "ed.sh"},
		{"'/opt/my ed' -x", "my ed"},
		{"/usr/local/bin/codium", "codium"},
	} {
		if got := editorName(tt.editor); got != tt.want {
			t.Errorf("editorName(%q) = %q, want %q", tt.editor, got, tt.want)
		}
	}
}

func TestEditBuiltinSaysHow(t *testing.T) {
	b := newTestBrowser(t, 120, 30)
	if cmd := press(b, "e"); cmd != nil {
		t.Error("e on the built-in data should run nothing")
	}
	if !strings.Contains(frame(b), "mutuals init --from-builtin") {
		t.Errorf("e on the built-in data should suggest init --from-builtin:\n%s", frame(b))
	}
}

// fakeRegister serves datasets from TOML text that a test changes.
type fakeRegister struct{ text string }

func (f *fakeRegister) register(t testing.TB) *Register {
	return &Register{
		Locate: func(id string) (string, int, error) { return "f.toml", 1, nil },
		Reload: func(context.Context) (*model.Dataset, error) { return loadtest.Load(t, "f.toml", []byte(f.text)) },
	}
}

// reload runs a reload to the end, as the program would.
func reload(t *testing.T, b *Browser) {
	t.Helper()
	cmd := b.startReload()
	if cmd == nil {
		t.Fatal("no reload started")
	}
	b.Update(cmd())
}

func TestReloadKeepsSearchMarksCursorAndScreen(t *testing.T) {
	builtin := string(data.Builtin())
	f := &fakeRegister{text: builtin}
	ds, _ := loadtest.Load(t, "f.toml", []byte(f.text))
	b := NewBrowser(ds, BrowserOptions{IsDark: true, Register: f.register(t)})
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(b, "/")
	typeText(b, "health")
	press(b, "enter", "space", "down", "space")
	marked := markedIDs(b)
	cursor := currentID(b)
	press(b, "c")

	// A new mutual before all the others moves every position by one.
	f.text = strings.Replace(builtin, "[[mutual]]", "[[mutual]]\nid = \"aaa-new\"\nname = \"A new health mutual\"\nlocation = \"Newtown\"\nservice_area = [\"health\"]\nstaff_groups = [\"nurses\"]\nsummary = \"New.\"\nsources = [\"article-000\"]\n\n[[mutual]]", 1)
	reload(t, b)
	if onScreen(b) != "compare" || b.search.Value() != "health" {
		t.Errorf("the reload should keep the screen and the search: screen %s, search %q", onScreen(b), b.search.Value())
	}
	got := markedIDs(b)
	if !slices.Equal(got, marked) || currentID(b) != cursor {
		t.Errorf("marks %v and cursor %s, want %v and %s", got, currentID(b), marked, cursor)
	}
	if want := fmt.Sprintf("reloaded: %d mutuals (1 new)", len(uitest.Pathfinders(t).Mutuals)+1); b.notice != want {
		t.Errorf("notice %q", b.notice)
	}
	press(b, "esc")
	if !strings.Contains(frame(b), "A new health mutual") {
		t.Errorf("the new mutual should be listed:\n%s", frame(b))
	}
}

func TestReloadProblemsKeepLastGoodData(t *testing.T) {
	good := string(data.Starter())
	f := &fakeRegister{text: good}
	ds, _ := loadtest.Load(t, "f.toml", []byte(good))
	b := NewBrowser(ds, BrowserOptions{IsDark: true, Register: f.register(t)})
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})

	f.text = strings.Replace(good, `name = "Example community health mutual"`, `name = "Example community health mutual`, 1)
	reload(t, b)
	out := frame(b)
	nameLine := lineOf(t, good, `name = "Example community health mutual"`)
	for _, want := range []string{"Problems (1)", "showing the last good data", fmt.Sprintf("f.toml:%d:", nameLine), "^", "hint:", "Example community health mutual"} {
		if !strings.Contains(out, want) {
			t.Errorf("the frame lacks %q:\n%s", want, out)
		}
	}
	checkFrame(t, b, "problems pane")
	if cmd := press(b, "e"); cmd == nil || cmd() != (editorReady{file: "f.toml", line: nameLine}) {
		t.Error("e should open the first problem while the files have problems")
	}
	press(b, "t")
	if !strings.Contains(frame(b), problemsWaiting) {
		t.Errorf("another screen should say the files have problems:\n%s", frame(b))
	}
	press(b, "esc")

	f.text = good
	reload(t, b)
	if out := frame(b); strings.Contains(out, "Problems") {
		t.Errorf("the pane should clear once the files load:\n%s", out)
	}
}

// TestStaleReloadDropped: a reload overtaken by a change is dropped, and
// the change is loaded after it, not beside it.
func TestStaleReloadDropped(t *testing.T) {
	f := &fakeRegister{text: string(data.Starter())}
	b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Register: f.register(t)})
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	first := b.startReload()
	if b.startReload() != nil {
		t.Fatal("a second reload should wait for the one running")
	}
	_, next := b.Update(first())
	if len(b.ds.Mutuals) != len(uitest.Pathfinders(t).Mutuals) {
		t.Errorf("a reload overtaken by a newer change should be dropped")
	}
	if next == nil {
		t.Fatal("the change should be loaded once the reload running returns")
	}
	b.Update(next())
	if len(b.ds.Mutuals) != 1 {
		t.Errorf("the newest reload should be shown, got %d mutuals", len(b.ds.Mutuals))
	}
}

func TestProblemLinesOfOtherErrors(t *testing.T) {
	got := problemTexts(errors.New("disk on fire\x1b[2J"))
	if len(got) != 1 || len(got[0].lines) != 1 || strings.Contains(got[0].lines[0], "\x1b") {
		t.Errorf("problemTexts = %+v: want one printable line", got)
	}
}

// TestFirstLoadProblemsStayOpen: a register that does not load opens on
// its problems, with e on the first, and loads once it is fixed.
func TestFirstLoadProblemsStayOpen(t *testing.T) {
	f := &fakeRegister{text: "[[mutual]]\nid = \"x\"\nname = \"unclosed\n"}
	load := func(func(data.Progress)) (*model.Dataset, error) {
		return loadtest.Load(t, "f.toml", []byte(f.text))
	}
	b := NewBrowser(model.NewDataset("f.toml", nil, nil, nil), BrowserOptions{IsDark: true, Load: load, Register: f.register(t)})
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	for cmd := b.start; cmd != nil; {
		msg := cmd()
		_, cmd = b.Update(msg)
		if _, ok := msg.(loadDone); ok {
			if isQuit(cmd) {
				t.Fatal("the browser quit on a register with problems")
			}
			break
		}
	}
	if out := frame(b); !strings.Contains(out, "nothing loads until fixed") || !strings.Contains(out, "f.toml:3:") {
		t.Errorf("the problems should be shown:\n%s", out)
	}
	if cmd := press(b, "e"); cmd == nil || cmd() != (editorReady{file: "f.toml", line: 3}) {
		t.Error("e should open the first problem")
	}
	f.text = string(data.Starter())
	reload(t, b)
	if len(b.ds.Mutuals) != 1 || strings.Contains(frame(b), "Problems") {
		t.Errorf("the fixed register should load:\n%s", frame(b))
	}
}

// TestBuiltinLoadErrorStillEnds: without files to edit, a failed load
// ends the browser with its error, as before.
func TestBuiltinLoadErrorStillEnds(t *testing.T) {
	load := func(func(data.Progress)) (*model.Dataset, error) {
		return loadtest.Load(t, "f.toml", []byte("x = "))
	}
	b := NewBrowser(model.NewDataset("f.toml", nil, nil, nil), BrowserOptions{IsDark: true, Load: load})
	_, cmd := b.Update(b.start())
	if !isQuit(cmd) || b.Err() == nil {
		t.Error("a failed load with no register should end the browser with the error")
	}
}

// lineOf is the 1-based line of the first line of text that starts with
// prefix, so the tests follow the starter as it changes.
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

// TestEditorNotFoundSaysSo: an editor the shell cannot find (status 127)
// or run (126) is reported by its name, not as an exit status.
func TestEditorNotFoundSaysSo(t *testing.T) {
	for status, want := range map[int]string{127: "cannot run the editor 'my ed' --wait", 126: "cannot run the editor 'my ed' --wait", 3: "my ed exited with status 3"} {
		b := newTestBrowser(t, 120, 30)
		err := exec.Command("sh", "-c", fmt.Sprintf("exit %d", status)).Run()
		b.Update(editorDone{editor: editorName("'my ed' --wait"), given: "'my ed' --wait", err: err})
		if !strings.Contains(b.status, want) {
			t.Errorf("status %d: %q, want %q", status, b.status, want)
		}
	}
}
