package data

import (
	"slices"
)

// The values of the fast parser's subset: a key = value line, bare
// integers, arrays of strings, and basic and literal strings with their
// escapes.

func (p *fastParser) keyValue() bool {
	key := p.BareKey()
	if key == "" {
		return false
	}
	p.Spaces()
	if p.Peek() != '=' {
		return false
	}
	p.Next(1)
	p.Spaces()
	if !p.keyInFormat(key) {
		return false
	}
	if _, dup := p.table[key]; dup || (p.array == "" && p.counts[key] > 0) {
		return false
	}
	v, ok := p.value()
	if ok {
		p.table[key] = v
	}
	return ok
}

// keyInFormat counts the key as the shape does; it is false past the
// shape's limit, where the shape reports the file.
func (p *fastParser) keyInFormat(key string) bool {
	if !p.inTable {
		return p.topInFormat(key)
	}
	return slices.Contains(p.known, key) || p.notInFormat()
}

func (p *fastParser) value() (any, bool) {
	switch c := p.Peek(); {
	case c == '[':
		return p.arrayValue()
	case c >= '0' && c <= '9':
		return p.Integer()
	}
	return p.str()
}

// strList is an array of strings the fast parser read inside an element.
// It is handed out as a pointer into a slab that the next element reuses,
// with its items in another: the []any of the full parser cost a boxed
// string for each item and a boxed slice for each array, garbage for every
// record that, with the collector's doubling, made most of a load's peak.
// The schema reads it exactly as it reads a []any of strings.
type strList struct{ items []string }

// arrayValue reads an array of strings: a *strList inside an element, a
// []any of strings elsewhere (the [programme] table, kept in the root).
func (p *fastParser) arrayValue() (any, bool) {
	p.Next(1)
	start := len(p.strs)
	for {
		if !p.Blank() || p.Done() {
			return nil, false
		}
		if p.Peek() == ']' {
			p.Next(1)
			return p.done(start), true
		}
		s, ok := p.str()
		if !ok || !p.Blank() || p.Done() {
			return nil, false
		}
		p.strs = append(p.strs, s)
		switch p.Peek() {
		case ',':
			p.Next(1)
		case ']':
			p.Next(1)
			return p.done(start), true
		default:
			return nil, false
		}
	}
}

// done is the array whose items are p.strs[start:].
func (p *fastParser) done(start int) any {
	read := p.strs[start:len(p.strs):len(p.strs)]
	if p.array == "" {
		items := make([]any, len(read))
		for i, s := range read {
			items[i] = s
		}
		p.strs = p.strs[:start]
		return items
	}
	p.lists = append(p.lists, strList{items: read})
	return &p.lists[len(p.lists)-1]
}

// str reads a string, basic or literal, on one line or several.
func (p *fastParser) str() (string, bool) {
	if c := p.Peek(); c != '"' && c != '\'' {
		return "", false
	}
	x, ok := p.Quoted(true)
	if !ok {
		return "", false
	}
	return x.Value()
}
