package cli

import (
	"bytes"
	"io"
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

// helpTidier is a writer that can tidy the help written next.
type helpTidier interface {
	helpFollows()
	endHelp()
}

// tidyLines writes help to w as tidyHelp lays it out, holding a partial
// line in line until its end comes or endHelp.
type tidyLines struct {
	on   bool
	line []byte
}

func (t *tidyLines) write(w func([]byte) (int, error), p []byte) (int, error) {
	t.line = append(t.line, p...)
	for {
		i := bytes.IndexByte(t.line, '\n')
		if i < 0 {
			return len(p), nil
		}
		tidy := strings.Join(tidyHelp(string(t.line[:i])), "\n") + "\n"
		t.line = t.line[i+1:]
		if _, err := w([]byte(tidy)); err != nil {
			return 0, err
		}
	}
}

func (t *tidyLines) end(w func([]byte) (int, error)) {
	if t.on && len(t.line) > 0 {
		_, _ = w([]byte(strings.Join(tidyHelp(string(t.line)), "\n")))
	}
	t.line, t.on = nil, false
}

// pipeHelp is a stdout that is not this process's own: a reader's over
// SSH (ssh HOST help), a test's buffer. Its help is tidied as a local
// pipe's is, so both print the same, unless it is a terminal.
type pipeHelp struct {
	w        io.Writer
	terminal bool
	tidy     tidyLines
}

func (p *pipeHelp) Write(b []byte) (int, error) {
	if p.tidy.on {
		return p.tidy.write(p.w.Write, b)
	}
	return p.w.Write(b)
}

func (p *pipeHelp) helpFollows() { p.tidy.on = !p.terminal }
func (p *pipeHelp) endHelp()     { p.tidy.end(p.w.Write) }
