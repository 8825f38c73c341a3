package data

import (
	"slices"
)

// The values of the fast parser's subset: a key = value line (a dotted
// one at the top), integers, arrays of strings, and strings.

func (p *fastParser) keyValue() bool {
	first, second, ok := p.dotted()
	if !ok || p.Peek() != '=' {
		return false
	}
	p.Next(1)
	p.Spaces()
	t, key := p.table, first
	if second != "" {
		if t = p.dottedTable(first, second); t == nil {
			return false
		}
		key = second
	} else if !p.keyInFormat(key) {
		return false
	}
	if _, dup := t[key]; dup || (p.array == "" && p.counts[key] > 0) {
		return false
	}
	v, ok := p.value()
	if ok {
		t[key] = v
	}
	return ok
}

// dottedTable is the table a top-level first.second = … goes in, counted
// as the shape counts it; nil where the fast parser does not read it.
func (p *fastParser) dottedTable(first, second string) map[string]any {
	if p.inTable || !p.topInFormat(first) || p.counts[first] > 0 {
		return nil
	}
	if slices.Contains(topKeys, first) && !slices.Contains(keysOf(first), second) && !p.notInFormat() {
		return nil
	}
	v, ok := p.root[first]
	if !ok {
		v = map[string]any{}
		p.root[first] = v
		p.dottedTables = append(p.dottedTables, first)
	}
	t, isTable := v.(map[string]any)
	if !isTable || !slices.Contains(p.dottedTables, first) {
		return nil
	}
	return t
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
	case c >= '0' && c <= '9', c == '+', c == '-':
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
