package cli

import (
	"strings"

	"github.com/mutuals/mutuals/ui/render"
)

// helpWidth is the width help is laid out to where it is not read on a
// terminal (a pipe, a file, a pager): the width a reader's editor and a
// mail keep.
const helpWidth = 80

// tidyHelp is a line of help as a pipe receives it: no trailing spaces
// (fang pads every line to its own layout width), and prose over
// helpWidth wrapped at spaces, a flag's or a command's description under
// its own column. A command line of an example stays whole, to copy.
func tidyHelp(line string) []string {
	line = strings.TrimRight(line, " ")
	text := strings.TrimLeft(line, " ")
	if render.Width(line) <= helpWidth || strings.HasPrefix(text, "mutuals ") {
		return []string{line}
	}
	indent := len(line) - len(text)
	hang := indent // prose: under its own start
	if i := strings.Index(text, "  "); i > 0 {
		rest := strings.TrimLeft(text[i:], " ")
		hang = len(line) - len(rest) // a description: under its column
		if hang > helpWidth/2 {
			// A column too deep to read wrapped: the description goes
			// under its key, indented.
			under := strings.Repeat(" ", indent+4)
			return append([]string{line[:indent] + text[:i]}, tidyHelp(under+rest)...)
		}
	}
	var out []string
	cur, pad := line, ""
	for render.Width(pad+cur) > helpWidth {
		limit := helpWidth - len(pad)
		cut := strings.LastIndexByte(cur[:min(len(cur), limit+1)], ' ')
		if cut <= hang-len(pad) || cut <= 0 {
			break // no space to break at: leave the line long
		}
		out = append(out, strings.TrimRight(pad+cur[:cut], " "))
		cur, pad = strings.TrimLeft(cur[cut:], " "), strings.Repeat(" ", hang)
	}
	return append(out, pad+cur)
}
