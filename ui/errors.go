package ui

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/fang"
)

// ErrorHandler prints command errors to stderr: the message as it is
// (load errors carry their own layout), then, for usage errors, where to
// find help. Styles appear only when stderr is a terminal.
func ErrorHandler(noColor func() bool, usage func(error) bool) fang.ErrorHandler {
	return func(w io.Writer, _ fang.Styles, err error) {
		if cw, ok := w.(*colorprofile.Writer); ok && noColor() {
			cw.Profile = min(cw.Profile, colorprofile.ASCII)
		}
		st := NewStyles(true)
		msg := strings.TrimRight(err.Error(), "\n")
		fmt.Fprintln(w, st.Error.Render("error:")+" "+msg)
		if usage(err) {
			fmt.Fprintln(w, st.Hint.Render("Try 'mutuals --help' for usage."))
		}
	}
}
