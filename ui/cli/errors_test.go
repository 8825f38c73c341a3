package cli

import (
	"bytes"
	"errors"
	"image/color"
	"regexp"
	"strconv"
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
		ErrorHandler(func() bool { return false }, func() bool { return true }, func(error) bool { return true }, "mutuals --help")(w, fang.Styles{}, errors.New(text))
		out := buf.String()
		if msg := uitest.UnsafeText(out); msg != "" {
			t.Errorf("error %q: %s: %q", text, msg, out)
		}
		if !strings.HasSuffix(out, "for usage.\x1b[m\n") {
			t.Errorf("error %q: the hint is missing: %q", text, out)
		}
	}
}

// TestErrorsReadOnTheirBackground: the error handler writes in the palette
// the command line chose, so "error:" and the hint after a usage error
// reach WCAG's 4.5:1 on light backgrounds as on dark. (It once wrote the
// dark palette's #FF6B6B red on white too: 2.8:1.)
func TestErrorsReadOnTheirBackground(t *testing.T) {
	sgr := regexp.MustCompile(`38;2;(\d+);(\d+);(\d+)m(error:|Try)`)
	for _, dark := range []bool{false, true} {
		var buf bytes.Buffer
		w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.TrueColor}
		ErrorHandler(func() bool { return false }, func() bool { return dark }, func(error) bool { return true }, "mutuals --help")(w, fang.Styles{}, errors.New("no such field"))
		found := sgr.FindAllStringSubmatch(buf.String(), -1)
		if len(found) != 2 {
			t.Fatalf("dark=%v: want the colours of error: and of the hint in %q", dark, buf.String())
		}
		for _, m := range found {
			c := [3]uint8{}
			for i := range c {
				v, _ := strconv.Atoi(m[i+1])
				c[i] = uint8(v)
			}
			fg := color.RGBA{R: c[0], G: c[1], B: c[2], A: 0xff}
			for _, bg := range uitest.Backgrounds[dark] {
				if r := uitest.Contrast(fg, bg); r < 4.5 {
					t.Errorf("dark=%v: %q in %v on %v is %.2f:1", dark, m[4], fg, bg, r)
				}
			}
		}
	}
}
