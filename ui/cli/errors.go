package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/fang"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// ErrorHandler prints command errors to stderr: the message as it is
// (load errors carry their own layout), then, for usage errors, where to
// find help. Styles appear only when stderr is a terminal, in the palette
// the command line chose (dark reports it), as stdout's do.
//
// Errors that echo data or arguments already make them printable; every
// line is made printable again here, because an error from a library
// (an unknown flag, an unknown help topic) echoes the command line raw.
//
// tryHelp is the command that shows help, as the one who ran this would
// type it (mutuals --help; ssh HOST --help for a served reader).
func ErrorHandler(noColor, dark func() bool, usage func(error) bool, tryHelp string) fang.ErrorHandler {
	return func(w io.Writer, _ fang.Styles, err error) {
		// Without colour (NO_COLOR, --no-color) an error is plain text,
		// as printed output is: no bold either.
		if cw, ok := w.(*colorprofile.Writer); ok && (noColor() || cw.Profile <= colorprofile.ASCII) {
			cw.Profile = colorprofile.NoTTY
		}
		st := render.NewStyles(dark())
		lines := strings.Split(strings.TrimRight(err.Error(), "\n"), "\n")
		for i, l := range lines {
			lines[i] = model.Printable(l)
		}
		fmt.Fprintln(w, st.Error.Render("error:")+" "+strings.Join(lines, "\n"))
		if usage(err) {
			fmt.Fprintln(w, st.Hint.Render("Try '"+tryHelp+"' for usage."))
		}
	}
}
