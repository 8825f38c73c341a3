package data

import (
	"slices"
	"strings"

	"github.com/mutuals/mutuals/data/lex"
)

// fastParser reads the TOML that data files are written in — keys (bare,
// quoted, dotted under programme), strings of every kind, integers, arrays
// of strings, [table] and [[array]] headers one or two levels deep,
// comments — through one lex.Scanner in one pass over the text, counting
// the bounds and the shape as it goes, and handing each
// top-level [[array]] element to a callback as soon as it is complete, so
// that no whole-file tree is ever built. Strings without escapes are
// slices of the source, not copies.
//
// It is not a validator of full TOML: at anything outside that subset, or
// anything it cannot be sure is valid, it gives up (ok is false) and the
// file is read again by the full parser, which also reports syntax errors.
type fastParser struct {
	lex.Scanner
	root    map[string]any
	counts  map[string]int // elements seen per top-level array
	array   string         // the top-level array whose element is open, if any
	element map[string]any // that element
	table   map[string]any // where keys go now
	emit    func(array string, index int, m map[string]any, at int) bool
	stopped bool     // emit asked to stop
	known   []string // keys of the table being read (nil: one the format does not have)
	unknown int      // keys and tables the format does not have, as the shape counts them
	inTable bool     // a header has been read
	// tableName is the [table] open, if one is; dottedTables are the
	// tables made by dotted keys at the top (programme.name = …).
	tableName    string
	dottedTables []string
	names        []string // the parts of the key being read
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
// reused once emit returns: emit must copy what it keeps); ok is false when src needs the full
// parser, or when emit returned false to stop the parse.
func fastParse(src string, emit func(array string, index int, m map[string]any, at int) bool) (map[string]any, bool) {
	p := &fastParser{Scanner: *lex.New(src), root: map[string]any{}, counts: map[string]int{}, emit: emit}
	p.table = p.root
	for !p.Done() {
		if !p.line() || p.stopped {
			return nil, false
		}
		if _, _, long := p.LongLine(); long {
			return nil, false // left to checkBounds, on the full path
		}
	}
	p.close()
	return p.root, !p.stopped
}

// line reads one line: blank, a comment, a header or a key = value.
func (p *fastParser) line() bool {
	p.Spaces()
	switch p.Peek() {
	case 0:
		return p.Done()
	case '\n', '\r', '#':
		return p.End()
	case '[':
		return p.header() && p.End()
	}
	return p.keyValue() && p.End()
}

// header reads [name], [[name]] or [[array.name]].
func (p *fastParser) header() bool {
	double := strings.HasPrefix(p.Rest(), "[[")
	p.inTable = true
	p.Next(1)
	closing := "]"
	if double {
		p.Next(1)
		closing = "]]"
	}
	first, second, ok := p.dotted()
	if !ok || first == "" || !strings.HasPrefix(p.Rest(), closing) { // "" names no array or table here
		return false
	}
	p.Next(len(closing))
	switch {
	case double && second == "":
		return p.openElement(first)
	case double:
		return p.openSubElement(first, second)
	case second == "":
		return p.openTable(first)
	}
	return false
}

// dotted reads a key of one or two parts, and the spaces around them; of
// two, neither may be "" (second == "" is a key of one).
func (p *fastParser) dotted() (first, second string, ok bool) {
	names, parts, exact, b := p.Key(p.names[:0], 2)
	p.names = names
	switch {
	case !exact || b != nil:
		return "", "", false
	case parts == 2:
		return names[0], names[1], names[0] != "" && names[1] != ""
	}
	return names[0], "", true
}

// notInFormat counts a key or table the format does not have; past the
// shape's limit the file is left to the shape to report.
func (p *fastParser) notInFormat() bool {
	p.unknown++
	return p.unknown <= maxUnknown
}

// topInFormat counts a top-level name the format does not have; it is
// false past the shape's limit.
func (p *fastParser) topInFormat(name string) bool {
	return slices.Contains(topKeys, name) || p.notInFormat()
}

func (p *fastParser) openElement(name string) bool {
	if !p.topInFormat(name) {
		return false
	}
	p.known = keysOf(name)
	if v, ok := p.root[name]; ok && v != nil {
		return false // the name is already a value or a table
	}
	p.close()
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
	p.known = keysOf(name)
	if !isSubTable(array, name) {
		p.known = nil
		if !p.notInFormat() {
			return false
		}
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

func (p *fastParser) openTable(name string) bool {
	if !p.topInFormat(name) {
		return false
	}
	p.known = keysOf(name)
	if _, ok := p.root[name]; ok || p.counts[name] > 0 || p.array == name {
		return false
	}
	p.close()
	p.table = map[string]any{}
	p.root[name], p.tableName = p.table, name
	return true
}

// close hands the open element to the callback.
func (p *fastParser) close() {
	if p.array == "" {
		return
	}
	n := p.counts[p.array]
	p.counts[p.array] = n + 1
	p.stopped = !p.emit(p.array, n, p.element, p.Off())
	clear(p.element)
	for _, m := range p.subSpare[:p.subInUse] {
		clear(m)
	}
	p.subInUse = 0
	p.strs, p.lists = p.strs[:0], p.lists[:0]
	p.array, p.element, p.table = "", nil, p.root
}
