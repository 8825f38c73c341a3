package cli

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/fang"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestErrorHandlerIsPrintable: whatever an error's text holds, the handler
// writes no escape, control or bidi character of its own to a terminal
// that shows every colour (so no writer strips anything after it).
func TestErrorHandlerIsPrintable(t *testing.T) {
	for _, text := range append(uitest.Attacks, "two\nlines \x1b]0;x\a", "tab\tand\rreturn", "\xff bad utf-8") {
		var buf bytes.Buffer
		w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.TrueColor}
		ErrorHandler(func() bool { return false }, func(error) bool { return true })(w, fang.Styles{}, errors.New(text))
		out := buf.String()
		if msg := uitest.UnsafeText(out); msg != "" {
			t.Errorf("error %q: %s: %q", text, msg, out)
		}
		if !strings.HasSuffix(out, "for usage.\x1b[m\n") {
			t.Errorf("error %q: the hint is missing: %q", text, out)
		}
	}
}
