package data

import (
	"strconv"
	"strings"
)

// position is where a key or table header starts: line and byte column,
// both from 1.
type position struct{ Line, Col int }

// layout maps the paths of a TOML document to where they are written, so
// that problems found after decoding can point at the file. Paths use
// indices for arrays of tables: "mutual.3.event.0.date". The TOML parser
// keeps no such map for elements of arrays of tables, so this is a light
// scan of its own; it does not validate (the parser does).
type layout struct {
	at        map[string]position
	lastArray map[string]string // header name -> path of its latest element
	counts    map[string]int    // array path -> elements seen
	table     string            // path of the current table
	depth     int               // open [ and { inside a value
	multiline string            // the closing quotes of an open multi-line string
}

func scanLayout(src string) *layout {
	l := &layout{at: map[string]position{}, lastArray: map[string]string{}, counts: map[string]int{}}
	line := 1
	for len(src) > 0 {
		text, rest, _ := strings.Cut(src, "\n")
		l.scanLine(text, line)
		src, line = rest, line+1
	}
	return l
}

func (l *layout) scanLine(text string, line int) {
	if l.multiline != "" || l.depth > 0 {
		l.scanValue(text)
		return
	}
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	body := text[indent:]
	switch {
	case body == "" || body[0] == '#':
	case strings.HasPrefix(body, "[["):
		l.header(body[2:], "]]", true, position{line, indent + 1})
	case body[0] == '[':
		l.header(body[1:], "]", false, position{line, indent + 1})
	default:
		l.key(body, position{line, indent + 1})
	}
}

func (l *layout) header(body, closing string, array bool, at position) {
	name, _, _ := strings.Cut(body, closing)
	parts := splitKey(name)
	if len(parts) == 0 {
		return
	}
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

func (l *layout) key(body string, at position) {
	eq := keyEnd(body)
	if eq < 0 {
		return
	}
	parts := splitKey(body[:eq])
	l.markParents(l.table, parts, at)
	l.mark(join(l.table, strings.Join(parts, ".")), at)
	l.scanValue(body[eq+1:])
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

// scanValue follows strings and brackets so that lines inside a value are
// not read as keys or headers.
func (l *layout) scanValue(s string) {
	for i := 0; i < len(s); i++ {
		if l.multiline != "" {
			if s[i] == '\\' && l.multiline == `"""` {
				i++ // an escaped character, perhaps a quote
				continue
			}
			if strings.HasPrefix(s[i:], l.multiline) {
				i += 2
				l.multiline = ""
			}
			continue
		}
		switch c := s[i]; c {
		case '#':
			return
		case '"', '\'':
			if strings.HasPrefix(s[i:], strings.Repeat(string(c), 3)) {
				l.multiline = strings.Repeat(string(c), 3)
				i += 2
				continue
			}
			i = skipString(s, i)
		case '[', '{':
			l.depth++
		case ']', '}':
			l.depth = max(l.depth-1, 0)
		}
	}
}

// skipString returns the index of the quote closing the string opened at i.
func skipString(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		if s[j] == '\\' && q == '"' {
			j++
			continue
		}
		if s[j] == q {
			return j
		}
	}
	return len(s)
}

// keyEnd finds the = that ends a key, outside quotes.
func keyEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '=':
			return i
		case '"', '\'':
			i = skipString(s, i)
		}
	}
	return -1
}

// splitKey splits a dotted key into its parts, unquoting quoted parts.
func splitKey(s string) []string {
	var parts []string
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '.') {
			i++
		}
		if i >= len(s) {
			break
		}
		start := i
		if s[i] == '"' || s[i] == '\'' {
			end := skipString(s, i)
			parts = append(parts, unquoteKey(s[start:min(end+1, len(s))]))
			i = end + 1
			continue
		}
		for i < len(s) && s[i] != '.' && s[i] != ' ' && s[i] != '\t' {
			i++
		}
		parts = append(parts, s[start:i])
	}
	return parts
}

// unquoteKey reads a quoted key: 'literal' as it is, "basic" with escapes.
func unquoteKey(s string) string {
	if strings.HasPrefix(s, "'") {
		return strings.Trim(s, "'")
	}
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return strings.Trim(s, `"`)
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
