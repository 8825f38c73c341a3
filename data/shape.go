package data

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mutuals/mutuals/data/lex"
	"github.com/mutuals/mutuals/model"
)

// Bounds on what a data file may hold, checked with the format's shape in
// the walk (lex.Walk) that the fast parser reads, before the full TOML
// parser sees the file: the parser's cost grows with the square of a key
// path's depth (a 40 KB file of [a.a.a…] took it a minute and 15 GB), so
// a file past them is refused where it first goes past them.
const (
	maxDepth   = lex.MaxDepth
	maxKeyLen  = lex.MaxKeyLen
	maxLineLen = lex.MaxLineLen
)

// The format's shape: it has three top-level names, five tables
// ([programme], [[source]], [[mutual]], [[mutual.event]],
// [[mutual.reading]]) and keys that are single names (but for
// programme.name = … at the top). The full parser spends hundreds of bytes
// on every key and table it reads, so it reads no file with more than
// maxUnknown keys and tables the format does not have (400,000 lines of
// a0.b.c.d.e.f.g.h = 1 took it 2.4 GB): such a file is reported from here,
// as its top-level names the format does not have (each once, with its
// position) and the place it went past the limit. Fewer are reported with
// their records by the schema, after a syntax error if there is one. The
// fast parser reads in the same walk and stops with it, so both parsers
// report them alike.
const (
	maxUnknown = 1000 // keys and tables the format does not have, in known tables
	maxInline  = 1000 // inline tables and the keys in them (the format needs none)
)

// shape is what the walk knows of where it is in the format.
type shape struct {
	file      string
	inTable   bool     // a header has been read
	skip      bool     // in a table under a top-level name the format does not have
	known     []string // the keys of the table being read; nil when the format has no such table
	unknown   int
	inline    int
	seen      map[string]bool // top-level names the format does not have, kept once each
	problems  []Problem
	dropped   int
	msg, hint string // why the pass stopped, if it did
	at        int
}

func newShape(file string) shape { return shape{file: file, seen: map[string]bool{}} }

// walkShape walks src for its bounds and shape alone, as when the fast
// parser is not tried.
func walkShape(name, src string) *shape {
	s := newShape(name)
	s.walk(src, s.visit)
	return &s
}

// walk hands visit the events of src, noting the first bound it goes past.
func (s *shape) walk(src string, visit func(*lex.Event) bool) {
	if b := lex.Walk(src, visit); b != nil {
		s.msg, s.hint, s.at = pastBound(b)
	}
}

// refused returns the places src goes past a bound or outside the
// format's shape, and how many more there are past maxKept; none means
// the full parser may read it.
func (s *shape) refused(src string) ([]Problem, int) {
	if s.msg == "" {
		return nil, 0 // what the shape kept is for a refused file only
	}
	line, col := lineCol(src, s.at)
	p := Problem{File: s.file, Line: line, Col: col, Text: lineAt(src, line), Message: s.msg, Hint: s.hint}
	if strings.Contains(p.Text, "\r") {
		p.Hint = crHint
	}
	s.problems = append(s.problems, p)
	return s.problems, s.dropped
}

// pastBound words a bound a file goes past.
func pastBound(b *lex.Bound) (msg, hint string, at int) {
	switch {
	case b.Depth > 0:
		return fmt.Sprintf("the key path here is %d levels deep, past the limit of %d (data files never need more than 3)", b.Depth, maxDepth),
			"data files need only [[mutual]], [[mutual.event]] and key = value: write the value without the nesting", b.At
	case b.KeyLen > 0:
		return fmt.Sprintf("a key of %d bytes, past the limit of %d", b.KeyLen, maxKeyLen),
			"keys are short names such as service_area: shorten it", b.At
	}
	return fmt.Sprintf("line %d is over %d MiB long", b.Line, maxLineLen>>20),
		"break the value over several lines (an array may span lines) or shorten it", b.At
}

// visit checks a header or key against the shape; it is false, with the
// problem, where the file goes past a limit.
func (s *shape) visit(e *lex.Event) bool {
	names := e.Names[:min(len(e.Names), 2)] // the shape needs no more than two
	var msg, hint string
	switch e.Kind {
	case lex.Header:
		msg, hint = s.table(names, e)
	case lex.Key:
		msg, hint = s.keyIn(names, e)
	case lex.Inline:
		msg, hint = s.inlineKey()
	}
	if msg == "" {
		return true
	}
	s.msg, s.hint, s.at = msg, hint, e.At
	return false
}

// keysOf is what keys the table named name may hold.
func keysOf(name string) []string {
	switch name {
	case "programme":
		return programmeKeys
	case "source":
		return sourceKeys
	case "mutual":
		return mutualKeys
	case "event":
		return eventKeys
	case "reading":
		return readingKeys
	case "pool":
		return poolKeys
	}
	return nil
}

// isSubTable says whether [[array.name]] is a table of the format.
func isSubTable(array, name string) bool {
	return array == "mutual" && (name == "event" || name == "reading") || array == "programme" && (name == "pool" || name == "reading")
}

// unknownKeyHint is how to fix an unknown key: the nearest known one, or
// the list of them.
func unknownKeyHint(k string, known []string) string {
	if s, ok := model.Closest(k, known); ok {
		return fmt.Sprintf("did you mean %s?", s)
	}
	return "known keys here: " + strings.Join(known, ", ")
}

// top checks a top-level name: one the format does not have counts
// towards the limit, and is kept to be reported (once) if the file is
// refused.
func (s *shape) top(name string, e *lex.Event) (bool, string, string) {
	if slices.Contains(topKeys, name) {
		return true, "", ""
	}
	if !s.seen[name] {
		s.seen[name] = true
		s.report(e, fmt.Sprintf("unknown key %q in the file", name), unknownKeyHint(name, topKeys))
	}
	msg, hint := s.notInFormat()
	return false, msg, hint
}

func (s *shape) report(e *lex.Event, msg, hint string) {
	if len(s.problems) >= maxKept {
		s.dropped++
		return
	}
	s.problems = append(s.problems, Problem{File: s.file, Line: e.Line, Col: e.Col, Message: msg, Hint: hint})
}

// table checks a header's path.
func (s *shape) table(names []string, e *lex.Event) (string, string) {
	s.inTable = true
	known, msg, hint := s.top(names[0], e)
	if s.skip = !known; msg != "" || s.skip {
		return msg, hint
	}
	switch {
	case len(names) == 1:
		s.known = keysOf(names[0])
	case isSubTable(names[0], names[1]):
		s.known = keysOf(names[1])
	default:
		s.known = nil
		return s.notInFormat()
	}
	return "", ""
}

// keyIn checks the key of a key = value line.
func (s *shape) keyIn(names []string, e *lex.Event) (string, string) {
	switch {
	case s.skip:
		return s.notInFormat()
	case !s.inTable:
		if known, msg, hint := s.top(names[0], e); !known {
			return msg, hint
		}
		if len(names) > 1 && !slices.Contains(keysOf(names[0]), names[1]) {
			return s.notInFormat()
		}
	case len(names) > 1 || !slices.Contains(s.known, names[0]):
		return s.notInFormat()
	}
	return "", ""
}

// notInFormat counts a key or table the format does not have: a few are
// reported with the record they are in, by the schema; past maxUnknown the
// file is not parsed.
func (s *shape) notInFormat() (string, string) {
	if s.unknown++; s.unknown <= maxUnknown {
		return "", ""
	}
	return fmt.Sprintf("more than %d keys and tables the format does not have, past the limit of %d", maxUnknown, maxUnknown),
		"each table holds only the keys mutuals help format lists: remove the others"
}

// inlineKey counts an inline table or a key in one, which the format
// never needs.
func (s *shape) inlineKey() (string, string) {
	if s.inline++; s.inline <= maxInline {
		return "", ""
	}
	return fmt.Sprintf("more than %d inline tables and keys in them, past the limit of %d", maxInline, maxInline),
		"write each record under its own [[mutual]] or [[mutual.event]] header"
}
