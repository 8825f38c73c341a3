package cli

import (
	"os"
	"sync"

	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/ui/format"
)

// palette is chosen once for the whole command line, and passed down to
// what prints (stdout, the errors on stderr) and to the browser: whether
// the terminal's background is dark. Only a terminal that shows colour,
// and can answer (stdin a terminal too), is asked, as terminal.go says
// (from the foreground, briefly); the answer is the same for stdout and
// stderr, which share the screen. Anything else gets the dark palette,
// which then draws nothing anyway. Outside a command's run stdin is
// /dev/null (see hideStdin), so help and errors never ask.
func palette(noColor func() bool) func() bool {
	return sync.OnceValue(func() bool {
		if noColor() || !interactive(os.Stdin) {
			return true
		}
		for _, f := range []*os.File{os.Stdout, os.Stderr} {
			if interactive(f) && format.Profile(f, false) > colorprofile.ASCII {
				return askDark(f)
			}
		}
		return true
	})
}

// palette is the palette the command line chose; dark where none was
// (a command run in a test, without Main).
func (o *options) palette() bool { return o.dark == nil || o.dark() }
