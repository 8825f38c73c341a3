package lex

import "strings"

// Kind is what an Event is.
type Kind uint8

const (
	Header  Kind = iota // [a.b] or [[a.b]]
	Key                 // a key = at the start of a line
	Inline              // an inline table, or a key in one
	Skipped             // a line not read as blank, a comment, a header or key = value
)

// Event is a line or an inline table that Walk met.
type Event struct {
	Kind  Kind
	Array bool // a [[…]] header
	// OK says the header or key = value line is TOML that Walk reads
	// whole: its names as TOML reads them, a header closed, a key's Value
	// read, and nothing after it but a comment.
	OK bool
	// Names are the key's parts, unquoted (the first MaxDepth+1); for an
	// inline table, the key before it. Valid during the call.
	Names     []string
	Value     Value // a key's, when OK
	At        int   // offset of its first byte
	Line, Col int   // where that is, from 1
}

// ValueKind is what a Value is.
type ValueKind uint8

const (
	String  ValueKind = iota // Str
	Integer                  // Int
	Strings                  // Strs
)

// Value is a value of the kinds Walk reads: a string of any kind, an
// integer, or an array of strings.
type Value struct {
	Kind ValueKind
	Str  string
	Int  int64
	Strs []string // valid during the call
}

// Bound is where a file first goes past a bound.
type Bound struct {
	Depth, KeyLen int // the depth or the key's length past the bound; 0 if not this one
	Line          int // the line, for a line too long
	At            int // offset
}

// walker follows a file's structure. What it cannot read whole it steps
// over leniently, only counting, so on text that is not TOML it may stop
// anywhere, which the full parser then reports.
type walker struct {
	scanner
	visit func(*Event) bool
	e     Event
	base  int    // parts of the key whose value is being stepped over
	stack []byte // the [ and { open in that value
}

// Walk hands visit each line of src that is a header or key = value, or
// that it skipped, in order, and each inline table and key in one, until
// visit returns false. It is not nil where src first goes past a bound,
// and visit has not been told of what goes past it.
func Walk(src string, visit func(*Event) bool) *Bound {
	w := &walker{scanner: *newScanner(src), visit: visit}
	for !w.done() {
		if b, stop := w.next(); b != nil || stop {
			return b
		}
		if line, at, ok := w.tooLong(); ok {
			return &Bound{Line: line, At: at}
		}
	}
	return nil
}

// next reads the next line, or a key and its value over several; stop
// says visit returned false.
func (w *walker) next() (b *Bound, stop bool) {
	w.spaces()
	w.base, w.stack = 0, w.stack[:0]
	w.mark(w.i)
	switch w.peek() {
	case '\n', '\r', '#':
		return nil, !w.end() && w.skip()
	case '[':
		return w.header()
	case 0:
		if w.done() {
			return nil, false
		}
	}
	return w.keyValue()
}

// mark puts the next event at offset at, on the scanner's line.
func (w *walker) mark(at int) { w.e.At, w.e.Line, w.e.Col = at, w.line, w.col(at) }

func (w *walker) emit(k Kind, array, ok bool) bool {
	w.e.Kind, w.e.Array, w.e.OK = k, array, ok
	return w.visit(&w.e)
}

// skip steps over the rest of the line and tells visit so.
func (w *walker) skip() (stop bool) {
	w.toLineEnd()
	w.newline()
	return !w.emit(Skipped, false, false)
}

// key reads a key into the event's names; b is not nil past a bound, the
// depth counting what is open around the key, which begins at start.
func (w *walker) key(start int) (parts int, exact bool, b *Bound) {
	w.e.Names, parts, exact, b = w.dotted(w.e.Names[:0])
	if d := w.base + len(w.stack) + parts; b == nil && d > MaxDepth {
		b = &Bound{Depth: d, At: start}
	}
	return parts, exact, b
}

// header reads [a.b] or [[a.b]] and the end of its line.
func (w *walker) header() (*Bound, bool) {
	w.i++
	closing := "]"
	if w.peek() == '[' {
		w.i++
		closing = "]]"
	}
	switch parts, exact, b := w.key(w.e.At); {
	case b != nil:
		return b, false
	case parts == 0:
		return nil, w.skip()
	case exact && strings.HasPrefix(w.rest(), closing):
		w.i += len(closing)
		if w.end() {
			return nil, !w.emit(Header, len(closing) == 2, true)
		}
	}
	w.toLineEnd()
	w.newline()
	return nil, !w.emit(Header, len(closing) == 2, false)
}

// keyValue reads key = value. A value of the kinds Walk reads is read
// whole with the end of its line; any other is stepped over, its arrays
// and inline tables, whose own keys count towards the depth, with it.
func (w *walker) keyValue() (*Bound, bool) {
	parts, exact, b := w.key(w.e.At)
	switch {
	case b != nil:
		return b, false
	case w.peek() != '=':
		return nil, w.skip()
	}
	w.i++
	kind := Key
	if parts == 0 {
		kind = Skipped
	}
	// a value read whole holds no bracket that could go past MaxDepth
	ok := exact && parts < MaxDepth && w.whole()
	if !w.emit(kind, false, ok) {
		return nil, true
	}
	if ok {
		return nil, false
	}
	w.base = parts
	return w.value()
}

// whole reads a value of the kinds Walk reads, and the end of its line,
// into the event; where it cannot, it leaves the scanner as it found it.
func (w *walker) whole() bool {
	was := w.pos
	w.spaces()
	v := &w.e.Value
	ok := false
	switch c := w.peek(); {
	case c == '[':
		v.Kind, v.Strs = Strings, v.Strs[:0]
		ok = w.array()
	case c >= '0' && c <= '9', c == '+', c == '-':
		v.Kind = Integer
		v.Int, ok = w.integer()
	default:
		v.Kind = String
		v.Str, ok = w.text()
	}
	if ok && w.end() {
		return true
	}
	w.pos = was
	return false
}

// array reads an array of strings, over lines and comments, into the
// event's Value.
func (w *walker) array() bool {
	w.i++
	for w.blank() {
		if w.peek() == ']' {
			w.i++
			return true
		}
		s, ok := w.text()
		if !ok || !w.blank() {
			return false
		}
		w.e.Value.Strs = append(w.e.Value.Strs, s)
		if c := w.peek(); c == ',' {
			w.i++
		} else if c != ']' {
			return false
		}
	}
	return false
}

// value steps over the rest of a value, across lines while a bracket is
// open. A level is a part of the key, an open bracket, or a part of the
// key being read inside an inline table.
func (w *walker) value() (*Bound, bool) {
	wantKey := false
	for !w.done() {
		if wantKey {
			wantKey = false
			if b, stop := w.inlineKey(); b != nil || stop {
				return b, stop
			}
			continue
		}
		switch c := w.peek(); {
		case c == '"' || c == '\'':
			if _, ok := w.quoted(true); !ok {
				return nil, false
			}
			continue
		case c == '#':
			w.toLineEnd()
			continue
		case c == '\n':
			w.newline()
			if line, at, ok := w.tooLong(); ok {
				return &Bound{Line: line, At: at}, false
			}
			if len(w.stack) == 0 {
				return nil, false
			}
			continue
		case c == '[' || c == '{':
			w.stack = append(w.stack, c)
			if d := w.base + len(w.stack); d > MaxDepth {
				return &Bound{Depth: d, At: w.i}, false
			}
			if wantKey = c == '{'; wantKey {
				w.mark(w.i)
				if !w.emit(Inline, false, false) {
					return nil, true
				}
			}
		case c == ']' || c == '}':
			if len(w.stack) > 0 {
				w.stack = w.stack[:len(w.stack)-1]
			}
		case c == ',' && len(w.stack) > 0 && w.stack[len(w.stack)-1] == '{':
			wantKey = true
		}
		w.i++
	}
	return nil, false
}

// inlineKey reads a key in an inline table, and its =.
func (w *walker) inlineKey() (*Bound, bool) {
	w.spaces()
	w.mark(w.i)
	parts, _, b := w.key(w.e.At)
	if b != nil {
		return b, false
	}
	if parts > 0 && !w.emit(Inline, false, false) {
		return nil, true
	}
	if w.peek() == '=' {
		w.i++
	}
	return nil, false
}
