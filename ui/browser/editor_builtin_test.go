package browser

import (
	"errors"
	"testing"
)

// TestEditSaysBuiltinReadOnly: a register that says a record is the
// built-in data's gets the same words as e on the built-in data alone.
func TestEditSaysBuiltinReadOnly(t *testing.T) {
	b := newTestBrowser(t, 100, 30)
	b.openEditor(editorReady{err: ErrBuiltinReadOnly})
	if b.status != builtinReadOnly {
		t.Errorf("status %q, want %q", b.status, builtinReadOnly)
	}
	b.openEditor(editorReady{err: errors.New("no [[mutual]] with id = \"x\"")})
	if b.status != `cannot edit: no [[mutual]] with id = "x"` {
		t.Errorf("status %q", b.status)
	}
}
