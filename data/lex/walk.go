package lex

// Kind is what an Event is.
type Kind uint8

const (
	Header Kind = iota // [a.b] or [[a.b]]
	Key                // a key = at the start of a line
	Inline             // an inline table, or a key in one
)

// Event is a header or a key that Walk met.
type Event struct {
	Kind      Kind
	Array     bool     // a [[…]] header
	Names     []string // the key's parts, unquoted (the first MaxDepth+1); valid during the call
	At        int      // offset of its first byte
	Line, Col int      // where that is, from 1
}

// Bound is where a file first goes past a bound.
type Bound struct {
	Depth, KeyLen int // the depth or the key's length past the bound; 0 if not this one
	Line          int // the line, for a line too long
	At            int // offset
}

// walker follows a file's structure; it only counts, so on text that is
// not TOML it may stop anywhere, which the full parser then reports.
type walker struct {
	*Scanner
	visit func(Event) bool
	base  int    // parts of the key whose value is being read
	stack []byte // the [ and { open in that value
	names []string
}

// Walk hands visit each header and key of src, in order, and each inline
// table, until visit returns false; it is not nil where src first goes
// past a bound, and visit has not been told of what goes past it.
func Walk(src string, visit func(Event) bool) *Bound {
	w := &walker{Scanner: New(src), visit: visit}
	for !w.Done() {
		w.Spaces()
		if w.Done() {
			break
		}
		var b *Bound
		stop := false
		switch w.Peek() {
		case '\n':
			w.Newline()
		case '#', '\r':
			w.rest()
		case '[':
			b, stop = w.header()
			if b == nil && !stop {
				w.rest()
			}
		default:
			b, stop = w.keyValue()
		}
		if b != nil || stop {
			return b
		}
		if line, at, ok := w.LongLine(); ok {
			return &Bound{Line: line, At: at}
		}
	}
	if line, at, ok := w.LongLine(); ok {
		return &Bound{Line: line, At: at}
	}
	return nil
}

// rest steps over the rest of the line and its line break.
func (w *walker) rest() {
	w.ToLineEnd()
	w.Newline()
}

func (w *walker) event(k Kind, array bool, at int) bool {
	return w.visit(Event{Kind: k, Array: array, Names: w.names, At: at, Line: w.Line(), Col: w.Col(at)})
}

// header reads [a.b] or [[a.b]].
func (w *walker) header() (*Bound, bool) {
	start := w.Off()
	w.Next(1)
	array := w.Peek() == '['
	if array {
		w.Next(1)
	}
	parts, b := w.key()
	switch {
	case b != nil:
		return b, false
	case parts > MaxDepth:
		return &Bound{Depth: parts, At: start}, false
	case parts > 0:
		return nil, !w.event(Header, array, start)
	}
	return nil, false
}

func (w *walker) key() (parts int, b *Bound) {
	w.names, parts, _, b = w.Key(w.names[:0], -1)
	return parts, b
}

// keyValue reads key = value, where the value may hold arrays and inline
// tables, whose own keys count towards the depth.
func (w *walker) keyValue() (*Bound, bool) {
	start := w.Off()
	parts, b := w.key()
	switch {
	case b != nil:
		return b, false
	case parts > MaxDepth:
		return &Bound{Depth: parts, At: start}, false
	case w.Peek() != '=':
		w.rest()
		return nil, false
	case parts > 0 && !w.event(Key, false, start):
		return nil, true
	}
	w.Next(1)
	w.base, w.stack = parts, w.stack[:0]
	return w.value()
}

// value reads to the end of a value, across lines while a bracket is open.
// A level is a part of the key, an open bracket, or a part of the key
// being read inside an inline table.
func (w *walker) value() (*Bound, bool) {
	wantKey := false
	for !w.Done() {
		if wantKey {
			wantKey = false
			w.Spaces()
			start := w.Off()
			parts, b := w.key()
			if b != nil {
				return b, false
			}
			if d := w.base + len(w.stack) + parts; d > MaxDepth {
				return &Bound{Depth: d, At: start}, false
			}
			if parts > 0 && !w.event(Inline, false, start) {
				return nil, true
			}
			if w.Peek() == '=' {
				w.Next(1)
			}
			continue
		}
		switch c := w.Peek(); {
		case c == '"' || c == '\'':
			if _, ok := w.Quoted(true); !ok {
				return nil, false
			}
			continue
		case c == '#':
			w.ToLineEnd()
			continue
		case c == '\n':
			w.Newline()
			if line, at, ok := w.LongLine(); ok {
				return &Bound{Line: line, At: at}, false
			}
			if len(w.stack) == 0 {
				return nil, false
			}
			continue
		case c == '[' || c == '{':
			w.stack = append(w.stack, c)
			if d := w.base + len(w.stack); d > MaxDepth {
				return &Bound{Depth: d, At: w.Off()}, false
			}
			if c == '{' && !w.event(Inline, false, w.Off()) {
				return nil, true
			}
			wantKey = c == '{'
		case c == ']' || c == '}':
			if len(w.stack) > 0 {
				w.stack = w.stack[:len(w.stack)-1]
			}
		case c == ',' && len(w.stack) > 0 && w.stack[len(w.stack)-1] == '{':
			wantKey = true
		}
		w.Next(1)
	}
	return nil, false
}
