package ui

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/fang"

	"github.com/mutuals/mutuals/model"
)

// TestErrorHandlerIsPrintable: whatever an error's text holds, the handler
// writes no escape, control or bidi character of its own to a terminal
// that shows every colour (so no writer strips anything after it).
func TestErrorHandlerIsPrintable(t *testing.T) {
	for _, text := range append(attacks, "two\nlines \x1b]0;x\a", "tab\tand\rreturn", "\xff bad utf-8") {
		var buf bytes.Buffer
		w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.TrueColor}
		ErrorHandler(func() bool { return false }, func(error) bool { return true })(w, fang.Styles{}, errors.New(text))
		out := buf.String()
		if msg := unsafeText(out); msg != "" {
			t.Errorf("error %q: %s: %q", text, msg, out)
		}
		if !strings.HasSuffix(out, "for usage.\x1b[m\n") {
			t.Errorf("error %q: the hint is missing: %q", text, out)
		}
	}
}

// style is a Select Graphic Rendition sequence: the only escape sequence
// the program writes to stdout or stderr itself.
var style = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// unsafeText says what in printed text could act on the terminal, or "":
// once the styles are removed, any escape, C0 or C1 control other than a
// line break, any bidi control, or invalid UTF-8.
func unsafeText(s string) string {
	plain := style.ReplaceAllString(s, "")
	if i := strings.IndexFunc(plain, func(r rune) bool { return r != '\n' && model.Unsafe(r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(plain[i:])
		return fmt.Sprintf("%U at byte %d, in %q", r, i, plain[max(i-20, 0):min(i+20, len(plain))])
	}
	if !utf8.ValidString(plain) {
		return "invalid UTF-8"
	}
	return ""
}
