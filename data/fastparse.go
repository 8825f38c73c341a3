package data

import (
	"slices"

	"github.com/mutuals/mutuals/data/lex"
)

// fastParser builds the tables of a data file from the events of one
// lex.Walk, which in the same pass checks the bounds and the format's
// shape (shape.go). It reads the lines the walk reads whole (keys bare,
// quoted, or dotted under programme; strings of every kind, integers,
// arrays of strings; [table] and [[array]] headers one or two levels
// deep) and hands each top-level [[array]] element to a callback as soon
// as it is complete, so that no whole-file tree is ever built. Strings
// without escapes are slices of the source, not copies.
//
// It is not a validator of full TOML: at any line the walk does not read
// whole, or one it cannot be sure is valid, it gives up (ok is false) and
// the file is read again by the full parser, which also reports syntax
// errors; the walk goes on, for the shape.
type fastParser struct {
	shape   shape
	root    map[string]any
	counts  map[string]int // elements seen per top-level array
	array   string         // the top-level array whose element is open, if any
	element map[string]any // that element
	table   map[string]any // where keys go now
	emit    func(array string, index int, m map[string]any, at int) bool
	stopped bool // emit asked to stop
	failed  bool // a line is not one the fast parser reads
	// tableName is the [table] open, if one is; dottedTables are the
	// tables made by dotted keys at the top (programme.name = …).
	tableName    string
	dottedTables []string
	// Tables handed to emit are valid only during the call: the next
	// element reuses them, so that a file of many records does not make a
	// map and its growth for each one (most of a load's garbage, and so,
	// with the collector's doubling, of its peak memory).
	spare    map[string]any
	subSpare []map[string]any
	subInUse int
	strs     []string  // the items of the element's arrays
	lists    []strList // the element's arrays
}

// fastParse reads src, handing each element of a top-level array of tables
// to emit with the offset it ends at (the element and what it holds are
// reused once emit returns: emit must copy what it keeps); ok is false
// when src needs the full parser, or when emit returned false to stop the
// parse. The shape is what the walk found of the file's bounds and shape.
func fastParse(name, src string, emit func(array string, index int, m map[string]any, at int) bool) (_ map[string]any, ok bool, _ *shape) {
	p := &fastParser{shape: newShape(name), root: map[string]any{}, counts: map[string]int{}, emit: emit}
	p.table = p.root
	p.shape.walk(src, p.visit)
	if p.failed || p.stopped || p.shape.msg != "" {
		return nil, false, &p.shape
	}
	p.close(len(src))
	return p.root, !p.stopped, &p.shape
}

// visit hands the event to the shape, then reads it: past the shape's
// limits the walk stops, and once the fast parser has given up only the
// shape reads on.
func (p *fastParser) visit(e *lex.Event) bool {
	if !p.shape.visit(e) {
		return false
	}
	p.failed = p.failed || !p.read(e)
	return !p.stopped
}

func (p *fastParser) read(e *lex.Event) bool {
	switch {
	case !e.OK:
		return false
	case e.Kind == lex.Key:
		return p.keyValue(e.Names, &e.Value)
	}
	names := e.Names // a header's: "" names no array or table here
	if len(names) > 2 || slices.Contains(names, "") {
		return false
	}
	switch {
	case e.Array && len(names) == 1:
		return p.openElement(names[0], e.At)
	case e.Array:
		return p.openSubElement(names[0], names[1])
	case len(names) == 1:
		return p.openTable(names[0], e.At)
	}
	return false
}

func (p *fastParser) openElement(name string, at int) bool {
	if v, ok := p.root[name]; ok && v != nil {
		return false // the name is already a value or a table
	}
	p.close(at)
	p.tableName = ""
	if p.spare == nil {
		p.spare = make(map[string]any, len(mutualKeys))
	}
	p.array, p.element = name, p.spare
	p.table = p.element
	return true
}

func (p *fastParser) openSubElement(array, name string) bool {
	parent := p.element
	if p.array == "" && p.tableName == array {
		parent, _ = p.root[array].(map[string]any) // [programme], then [[programme.pool]]
	} else if p.array != array {
		return false
	}
	v, ok := parent[name]
	list, isList := v.([]map[string]any)
	if ok && !isList {
		return false
	}
	if p.array == "" {
		p.table = map[string]any{}
	} else {
		p.table = p.subTable()
	}
	parent[name] = append(list, p.table)
	return true
}

// subTable is an empty table for an element of an array within the open
// element, reused from earlier elements where there is one.
func (p *fastParser) subTable() map[string]any {
	if p.subInUse == len(p.subSpare) {
		p.subSpare = append(p.subSpare, make(map[string]any, len(eventKeys)))
	}
	m := p.subSpare[p.subInUse]
	p.subInUse++
	return m
}

func (p *fastParser) openTable(name string, at int) bool {
	if _, ok := p.root[name]; ok || p.counts[name] > 0 || p.array == name {
		return false
	}
	p.close(at)
	p.table = map[string]any{}
	p.root[name], p.tableName = p.table, name
	return true
}

// close hands the open element, which ends at offset at, to the callback.
func (p *fastParser) close(at int) {
	if p.array == "" {
		return
	}
	n := p.counts[p.array]
	p.counts[p.array] = n + 1
	p.stopped = !p.emit(p.array, n, p.element, at)
	clear(p.element)
	for _, m := range p.subSpare[:p.subInUse] {
		clear(m)
	}
	p.subInUse = 0
	p.strs, p.lists = p.strs[:0], p.lists[:0]
	p.array, p.element, p.table = "", nil, p.root
}

// keyValue puts a key's value in the table open, or for a dotted key at
// the top (programme.name = …) in the table it names.
func (p *fastParser) keyValue(names []string, v *lex.Value) bool {
	t, key := p.table, names[0]
	switch len(names) {
	case 1:
	case 2:
		if t, key = p.dottedTable(names[0], names[1]), names[1]; t == nil {
			return false
		}
	default:
		return false
	}
	if _, dup := t[key]; dup || (p.array == "" && p.counts[key] > 0) {
		return false
	}
	t[key] = p.value(v)
	return true
}

// dottedTable is the table a top-level first.second = … goes in; nil
// where the fast parser does not read it.
func (p *fastParser) dottedTable(first, second string) map[string]any {
	if p.shape.inTable || first == "" || second == "" || p.counts[first] > 0 {
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

// strList is an array of strings the fast parser read inside an element.
// It is handed out as a pointer into a slab that the next element reuses,
// with its items in another: the []any of the full parser cost a boxed
// string for each item and a boxed slice for each array, garbage for every
// record that, with the collector's doubling, made most of a load's peak.
// The schema reads it exactly as it reads a []any of strings.
type strList struct{ items []string }

// value is a value as the tables hold it: an array of strings is a
// *strList inside an element, a []any of strings elsewhere (the
// [programme] table, kept in the root).
func (p *fastParser) value(v *lex.Value) any {
	switch {
	case v.Kind == lex.String:
		return v.Str
	case v.Kind == lex.Integer:
		return v.Int
	case p.array == "":
		items := make([]any, len(v.Strs))
		for i, s := range v.Strs {
			items[i] = s
		}
		return items
	}
	start := len(p.strs)
	p.strs = append(p.strs, v.Strs...)
	p.lists = append(p.lists, strList{items: p.strs[start:len(p.strs):len(p.strs)]})
	return &p.lists[len(p.lists)-1]
}
