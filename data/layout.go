package data

import (
	"strconv"
	"strings"

	"github.com/mutuals/mutuals/data/lex"
)

// position is where a key or table header starts: line and byte column,
// both from 1.
type position struct{ Line, Col int }

// layout maps the paths of a TOML document to where they are written, so
// that problems found after decoding can point at the file. Paths use
// indices for arrays of tables: "mutual.3.event.0.date". The TOML parser
// keeps no such map for elements of arrays of tables, so this follows the
// file with lex.Walk; it does not validate (the parser does).
type layout struct {
	at        map[string]position
	lastArray map[string]string // header name -> path of its latest element
	counts    map[string]int    // array path -> elements seen
	table     string            // path of the current table
}

func scanLayout(src string) *layout {
	l := &layout{at: map[string]position{}, lastArray: map[string]string{}, counts: map[string]int{}}
	lex.Walk(src, func(e *lex.Event) bool {
		at := position{e.Line, e.Col}
		switch e.Kind {
		case lex.Header:
			l.header(e.Names, e.Array, at)
		case lex.Key:
			l.key(e.Names, at)
		}
		return true
	})
	return l
}

func (l *layout) header(parts []string, array bool, at position) {
	prefix := ""
	for i := range parts[:len(parts)-1] {
		full := strings.Join(parts[:i+1], ".")
		if p, ok := l.lastArray[full]; ok {
			prefix = p
		} else {
			prefix = join(prefix, parts[i])
			l.mark(prefix, at) // [extra.info] opens extra
		}
	}
	path := join(prefix, parts[len(parts)-1])
	if array {
		l.mark(path, at)
		n := l.counts[path]
		l.counts[path] = n + 1
		path += "." + strconv.Itoa(n)
		l.lastArray[strings.Join(parts, ".")] = path
	}
	l.table = path
	l.mark(path, at)
}

func (l *layout) key(parts []string, at position) {
	l.markParents(l.table, parts, at)
	l.mark(join(l.table, strings.Join(parts, ".")), at)
}

// markParents marks the tables a dotted key or header opens on the way, so
// that a problem with "colour" in colour.name = … points at this line.
func (l *layout) markParents(base string, parts []string, at position) {
	for i := 1; i < len(parts); i++ {
		if _, isArray := l.lastArray[strings.Join(parts[:i], ".")]; !isArray {
			l.mark(join(base, strings.Join(parts[:i], ".")), at)
		}
	}
}

func (l *layout) mark(path string, at position) {
	if _, seen := l.at[path]; !seen {
		l.at[path] = at
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// find returns where path, or failing that its nearest written parent, is.
func (l *layout) find(path string) (position, bool) {
	for {
		if p, ok := l.at[path]; ok {
			return p, true
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			return position{}, false
		}
		path = path[:i]
	}
}

// locator turns document paths into lines and columns. It scans a file's
// layout only when one of its problems needs it: loading a good file never
// pays for positions.
type locator struct {
	srcs    map[string]string
	layouts map[string]*layout
	lines   map[string]lines
}

func newLocator(srcs map[string]string) *locator {
	return &locator{srcs: srcs, layouts: map[string]*layout{}, lines: map[string]lines{}}
}

func (l *locator) locate(p Problem) Problem {
	if p.inFile && p.Line == 0 {
		lay, ok := l.layouts[p.File]
		if !ok {
			lay = scanLayout(l.srcs[p.File])
			l.layouts[p.File] = lay
		}
		p = lay.place(p)
	}
	if p.Line > 0 && p.Text == "" {
		ls, ok := l.lines[p.File]
		if !ok {
			ls = newLines(l.srcs[p.File])
			l.lines[p.File] = ls
		}
		p.Text = ls.at(p.Line)
	}
	return p
}

// place puts a problem found at a document path at its line and column.
func (l *layout) place(p Problem) Problem {
	if !p.inFile || p.Line != 0 {
		return p
	}
	p.Line, p.Col = 1, 1
	if pos, ok := l.find(p.path); ok {
		p.Line, p.Col = pos.Line, pos.Col
	}
	if p.alsoPath != "" {
		if pos, ok := l.find(p.alsoPath); ok && pos.Line != p.Line {
			p.Also = pos.Line
		}
	}
	p.path, p.alsoPath, p.inFile = "", "", false
	return p
}

// lineAt returns line n (from 1) of src.
func lineAt(src string, n int) string {
	return newLines(src).at(n)
}

// lines finds the lines of a text by number, indexing it once.
type lines struct {
	src    string
	starts []int
}

func newLines(src string) lines {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lines{src: src, starts: starts}
}

func (l lines) at(n int) string {
	if n < 1 || n > len(l.starts) {
		return ""
	}
	line, _, _ := strings.Cut(l.src[l.starts[n-1]:], "\n")
	return strings.TrimRight(line, "\r")
}
