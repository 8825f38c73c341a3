package data

import (
	"fmt"
	"strings"
)

// Bounds on what a data file may hold, checked in one linear pass before
// the full TOML parser sees the file. The parser's cost grows with the
// square of a key path's depth (a 40 KB file of [a.a.a…] took it a minute
// and 15 GB), and nothing in the format needs more than three levels
// ([[mutual.event]] and its keys), so a file past these bounds is refused
// where it first goes past them.
const (
	maxDepth   = 8       // levels of a key path: header and dotted parts, nested arrays and inline tables
	maxKeyLen  = 256     // bytes in one part of a key
	maxLineLen = 2 << 20 // bytes in one line
)

// bounds scans a file for the first place it goes past a bound. It follows
// strings, comments and brackets as TOML writes them, and only counts: on
// text that is not TOML it may stop anywhere, which the parser then
// reports.
type bounds struct {
	src       string
	i         int
	line      int
	lineStart int
	base      int    // parts of the key whose value is being read
	stack     []byte // the [ and { open in that value
	shape
}

// checkBounds returns the places src goes past a bound or outside the
// format's shape (see shape), and how many more there are past maxKept;
// none means the full parser may read it.
func checkBounds(name, src string) ([]Problem, int) {
	b := &bounds{src: src, line: 1, shape: shape{file: name, seen: map[string]bool{}}}
	msg, hint, at := b.scan()
	if msg == "" {
		return nil, 0 // what the shape kept is for a refused file only
	}
	line, col := lineCol(src, at)
	p := Problem{File: name, Line: line, Col: col, Text: lineAt(src, line), Message: msg, Hint: hint}
	if strings.Contains(p.Text, "\r") {
		p.Hint = crHint
	}
	b.problems = append(b.problems, p)
	return b.problems, b.dropped
}

const depthHint = "data files need only [[mutual]], [[mutual.event]] and key = value: write the value without the nesting"

func tooDeep(n int) string {
	return fmt.Sprintf("the key path here is %d levels deep, past the limit of %d (data files never need more than 3)", n, maxDepth)
}

// scan reads the file a line at a time; it returns what is wrong and where.
func (b *bounds) scan() (msg, hint string, at int) {
	for b.i < len(b.src) {
		b.spaces()
		if b.i >= len(b.src) {
			break
		}
		var ok bool
		switch b.src[b.i] {
		case '\n':
			ok = b.newline()
		case '#', '\r':
			ok = b.rest()
		case '[':
			msg, hint, at = b.header()
			ok = msg == "" && b.rest()
		default:
			msg, hint, at = b.keyValue()
			ok = msg == ""
		}
		if msg != "" {
			return msg, hint, at
		}
		if !ok {
			break
		}
		if b.i-b.lineStart > maxLineLen {
			return b.longLine()
		}
	}
	if b.i-b.lineStart > maxLineLen {
		return b.longLine()
	}
	return "", "", 0
}

func (b *bounds) longLine() (string, string, int) {
	return fmt.Sprintf("line %d is over %d MiB long", b.line, maxLineLen>>20),
		"break the value over several lines (an array may span lines) or shorten it", b.lineStart
}

func (b *bounds) spaces() {
	for b.i < len(b.src) && (b.src[b.i] == ' ' || b.src[b.i] == '\t') {
		b.i++
	}
}

// newline steps over a '\n', or says the line is too long.
func (b *bounds) newline() bool {
	if b.i-b.lineStart > maxLineLen {
		return false
	}
	b.i++
	b.line, b.lineStart = b.line+1, b.i
	return true
}

// rest skips to the end of the line.
func (b *bounds) rest() bool {
	for b.i < len(b.src) && b.src[b.i] != '\n' {
		b.i++
	}
	return b.i >= len(b.src) || b.newline()
}

// header reads [a.b] or [[a.b]].
func (b *bounds) header() (string, string, int) {
	start := b.i
	for b.i < len(b.src) && b.src[b.i] == '[' && b.i-start < 2 {
		b.i++
	}
	parts, msg, hint, at := b.key()
	if msg != "" {
		return msg, hint, at
	}
	if parts > maxDepth {
		return tooDeep(parts), depthHint, start
	}
	if parts > 0 {
		return b.table(b.names, start)
	}
	return "", "", 0
}

// col is the column of offset at, on the line being read.
func (b *bounds) col(at int) position { return position{b.line, at - b.lineStart + 1} }

// key reads a dotted key up to what follows it, counting its parts.
func (b *bounds) key() (parts int, msg, hint string, at int) {
	b.names = b.names[:0]
	for {
		b.spaces()
		if b.i >= len(b.src) {
			return parts, "", "", 0
		}
		start := b.i
		switch b.src[b.i] {
		case '"', '\'':
			if !b.quoted(false) {
				return parts, "", "", 0
			}
		default:
			for b.i < len(b.src) && isBare(b.src[b.i]) {
				b.i++
			}
		}
		if b.i == start {
			return parts, "", "", 0
		}
		if b.i-start > maxKeyLen+2 {
			return parts, fmt.Sprintf("a key of %d bytes, past the limit of %d", b.i-start, maxKeyLen),
				"keys are short names such as service_area: shorten it", start
		}
		parts++
		if len(b.names) == 2 {
			// the shape needs no more than two
		} else if b.src[start] == '"' || b.src[start] == '\'' {
			b.names = append(b.names, unquoteKey(b.src[start:b.i]))
		} else {
			b.names = append(b.names, b.src[start:b.i])
		}
		b.spaces()
		if b.i >= len(b.src) || b.src[b.i] != '.' {
			return parts, "", "", 0
		}
		b.i++
	}
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// keyValue reads key = value, where the value may hold arrays and inline
// tables, whose own keys count towards the depth.
func (b *bounds) keyValue() (string, string, int) {
	start := b.i
	parts, msg, hint, at := b.key()
	if msg != "" {
		return msg, hint, at
	}
	if parts > maxDepth {
		return tooDeep(parts), depthHint, start
	}
	if b.i >= len(b.src) || b.src[b.i] != '=' {
		b.rest()
		return "", "", 0
	}
	if msg, hint := b.keyIn(b.names, start); parts > 0 && msg != "" {
		return msg, hint, start
	}
	b.i++
	b.base, b.stack = parts, b.stack[:0]
	return b.value()
}

// value reads to the end of a value, across lines while a bracket is open.
// A level is a part of the key, an open bracket, or a part of the key
// being read inside an inline table.
func (b *bounds) value() (string, string, int) {
	wantKey := false
	for b.i < len(b.src) {
		if wantKey {
			wantKey = false
			b.spaces()
			start := b.i
			parts, msg, hint, at := b.key()
			if msg != "" {
				return msg, hint, at
			}
			if d := b.base + len(b.stack) + parts; d > maxDepth {
				return tooDeep(d), depthHint, start
			}
			if parts > 0 {
				if msg, hint := b.inlineKey(); msg != "" {
					return msg, hint, start
				}
			}
			if b.i < len(b.src) && b.src[b.i] == '=' {
				b.i++
			}
			continue
		}
		c := b.src[b.i]
		switch {
		case c == '"' || c == '\'':
			if !b.quoted(true) {
				return "", "", 0
			}
			continue
		case c == '#':
			for b.i < len(b.src) && b.src[b.i] != '\n' {
				b.i++
			}
			continue
		case c == '\n':
			if !b.newline() {
				return b.longLine()
			}
			if len(b.stack) == 0 {
				return "", "", 0
			}
			continue
		case c == '[' || c == '{':
			b.stack = append(b.stack, c)
			if d := b.base + len(b.stack); d > maxDepth {
				return tooDeep(d), depthHint, b.i
			}
			if msg, hint := b.inlineTable(c); msg != "" {
				return msg, hint, b.i
			}
			wantKey = c == '{'
		case c == ']' || c == '}':
			if len(b.stack) > 0 {
				b.stack = b.stack[:len(b.stack)-1]
			}
		case c == ',' && len(b.stack) > 0 && b.stack[len(b.stack)-1] == '{':
			wantKey = true
		}
		b.i++
	}
	return "", "", 0
}

// quoted steps over a string; multi-line ones only where values may be.
// It is false at the end of the file or of a one-line string's line.
func (b *bounds) quoted(value bool) bool {
	q := b.src[b.i]
	triple := string([]byte{q, q, q})
	if value && len(b.src)-b.i >= 3 && b.src[b.i:b.i+3] == triple {
		b.i += 3
		for b.i < len(b.src) {
			switch {
			case b.src[b.i] == '\\' && q == '"':
				b.i++ // the escaped character, which may be a newline
				if b.i < len(b.src) && b.src[b.i] == '\n' {
					if !b.newline() {
						return false
					}
					continue
				}
			case b.src[b.i] == '\n':
				if !b.newline() {
					return false
				}
				continue
			case len(b.src)-b.i >= 3 && b.src[b.i:b.i+3] == triple:
				b.i += 3
				for b.i < len(b.src) && b.src[b.i] == q { // up to two more quotes close it
					b.i++
				}
				return true
			}
			b.i++
		}
		return false
	}
	for b.i++; b.i < len(b.src); b.i++ {
		switch c := b.src[b.i]; {
		case c == '\\' && q == '"':
			b.i++
		case c == q:
			b.i++
			return true
		case c == '\n':
			return false
		}
	}
	return false
}
