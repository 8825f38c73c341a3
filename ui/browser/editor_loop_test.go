package browser

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/loadtest"
)

func newRegisterBrowser(t *testing.T, reg *Register) *Browser {
	t.Helper()
	ds, err := loadtest.Load(t, "f.toml", data.Builtin())
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true, Register: reg})
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	return b
}

// TestOneEditorAtATime: e while an editor is open (or opening) says so
// and starts no second one; once it closes, e opens one again.
func TestOneEditorAtATime(t *testing.T) {
	b := newRegisterBrowser(t, (&fakeRegister{}).register(t))
	if press(b, "e") == nil {
		t.Fatal("e should start finding the record to edit")
	}
	for range 4 {
		if cmd := press(b, "e"); cmd != nil {
			t.Fatal("e while the editor opens should start nothing")
		}
		if !strings.Contains(b.status, "editor is already open") {
			t.Errorf("status %q, want it to say the editor is already open", b.status)
		}
	}
	b.Update(editorDone{editor: "vi"})
	if press(b, "e") == nil {
		t.Error("e after the editor closed should open it again")
	}
}

// TestEditorReturnReloads: coming back from the editor reloads, even
// while the files are watched (the watcher may have lost a file saved
// through a symlink).
func TestEditorReturnReloads(t *testing.T) {
	for _, watching := range []bool{false, true} {
		reg := (&fakeRegister{}).register(t)
		reg.Paths, reg.Watch = []string{t.TempDir()}, watching
		b := newRegisterBrowser(t, reg)
		b.Init()
		defer b.Close()
		if watching && b.reg.watcher == nil {
			t.Fatal("not watching")
		}
		if _, cmd := b.Update(editorDone{editor: "vi"}); cmd == nil {
			t.Errorf("watching %v: no reload after the editor closed", watching)
		}
	}
}

// TestEditorEndedBySignal: an editor killed by a signal is reported by
// the signal's name, not as "exited with status -1".
func TestEditorEndedBySignal(t *testing.T) {
	b := newTestBrowser(t, 120, 30)
	err := exec.Command("sh", "-c", "kill -KILL $$").Run()
	b.Update(editorDone{editor: "vi", err: err})
	if want := "vi was ended by SIGKILL"; b.status != want {
		t.Errorf("status %q, want %q", b.status, want)
	}
}

// TestCtrlCJustAfterTheEditor: a second ctrl+c meant for the editor (a
// double tap) that arrives as a key once the browser has the terminal
// back does not quit the browser, nor hide how the editor ended; a
// ctrl+c after that moment quits.
func TestCtrlCJustAfterTheEditor(t *testing.T) {
	b := newRegisterBrowser(t, (&fakeRegister{}).register(t))
	press(b, "e")
	err := exec.Command("sh", "-c", "kill -INT $$").Run()
	b.Update(editorDone{editor: "vi", err: err})
	if isQuit(press(b, "ctrl+c")) {
		t.Fatal("ctrl+c just after the editor ended quit the browser")
	}
	if want := "vi was ended by SIGINT"; b.status != want {
		t.Errorf("status %q, want %q still", b.status, want)
	}
	b.reg.interruptsFrom = time.Now() // the moment has passed
	if !isQuit(press(b, "ctrl+c")) {
		t.Error("ctrl+c once the moment after the editor has passed should quit")
	}
}

// TestEditorReturnClearsTheOpenMessage: "the editor is already open",
// said to e pressed while it ran, goes once the editor has closed, so
// the reload can say what it brought.
func TestEditorReturnClearsTheOpenMessage(t *testing.T) {
	b := newRegisterBrowser(t, (&fakeRegister{}).register(t))
	press(b, "e", "e", "e")
	if !strings.Contains(frame(b), "already open") {
		t.Fatalf("want the footer to say the editor is already open:\n%s", frame(b))
	}
	b.Update(editorDone{editor: "vi"})
	if f := frame(b); strings.Contains(f, "already open") {
		t.Errorf("the editor has closed, yet the footer says it is open:\n%s", f)
	}
}
