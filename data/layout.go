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
	lex.Walk(src, func(e lex.Event) bool {
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
