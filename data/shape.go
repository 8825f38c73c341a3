package data

import (
	"fmt"
	"slices"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// The format's shape, checked by the same pass as the bounds, before the
// full parser: it has three top-level names, five tables ([programme],
// [[source]], [[mutual]], [[mutual.event]], [[mutual.reading]]) and keys
// that are single names (but for programme.name = … at the top). The full
// parser spends hundreds of bytes on every key and table it reads, so it
// reads no file with more than maxUnknown keys and tables the format does
// not have (400,000 lines of a0.b.c.d.e.f.g.h = 1 took it 2.4 GB): such a
// file is reported from here, as its top-level names the format does not
// have (each once, with its position) and the place it went past the
// limit. Fewer are reported with their records by the schema, after a
// syntax error if there is one. The fast parser counts alike and gives up
// on the same files, so both parsers report them alike.
const (
	maxUnknown = 1000 // keys and tables the format does not have, in known tables
	maxInline  = 1000 // inline tables and the keys in them (the format needs none)
)

// shape is what the pass knows of where it is in the format.
type shape struct {
	file     string
	names    []string // the parts of the key just read
	inTable  bool     // a header has been read
	skip     bool     // in a table under a top-level name the format does not have
	known    []string // the keys of the table being read; nil when the format has no such table
	unknown  int
	inline   int
	seen     map[string]bool // top-level names the format does not have, kept once each
	problems []Problem
	dropped  int
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
func (b *bounds) top(name string, start int) (bool, string, string) {
	if slices.Contains(topKeys, name) {
		return true, "", ""
	}
	if !b.seen[name] {
		b.seen[name] = true
		b.report(start, fmt.Sprintf("unknown key %q in the file", name), unknownKeyHint(name, topKeys))
	}
	msg, hint, _ := b.notInFormat(start)
	return false, msg, hint
}

// overLimit is the problem of a file past maxUnknown.
func overLimit() (string, string) {
	return fmt.Sprintf("more than %d keys and tables the format does not have, past the limit of %d", maxUnknown, maxUnknown),
		"each table holds only the keys listed in the README's file format: remove the others"
}

func (b *bounds) report(start int, msg, hint string) {
	if len(b.problems) >= maxKept {
		b.dropped++
		return
	}
	at := b.col(start)
	b.problems = append(b.problems, Problem{File: b.file, Line: at.Line, Col: at.Col, Message: msg, Hint: hint})
}

// table checks a header's path.
func (b *bounds) table(names []string, start int) (string, string, int) {
	b.inTable = true
	known, msg, hint := b.top(names[0], start)
	if b.skip = !known; msg != "" || b.skip {
		return msg, hint, start
	}
	switch {
	case len(names) == 1:
		b.known = keysOf(names[0])
	case len(names) == 2 && isSubTable(names[0], names[1]):
		b.known = keysOf(names[1])
	case len(names) == 2:
		b.known = nil
		return b.notInFormat(start)
	default:
		return fmt.Sprintf("the table here is %d levels deep, past the limit of 2 ([[mutual.event]])", len(names)),
			"the tables are [programme], [[source]], [[mutual]], [[mutual.event]] and [[mutual.reading]]", start
	}
	return "", "", 0
}

// keyIn checks the key of a key = value line.
func (b *bounds) keyIn(names []string, start int) (string, string) {
	switch {
	case len(names) == 0:
		return "", ""
	case b.skip:
		msg, hint, _ := b.notInFormat(start)
		return msg, hint
	case !b.inTable:
		if known, msg, hint := b.top(names[0], start); !known {
			return msg, hint
		}
		if len(names) > 1 && !(len(names) == 2 && slices.Contains(keysOf(names[0]), names[1])) {
			msg, hint, _ := b.notInFormat(start)
			return msg, hint
		}
	case len(names) > 1 || !slices.Contains(b.known, names[0]):
		msg, hint, _ := b.notInFormat(start)
		return msg, hint
	}
	return "", ""
}

// notInFormat counts a key or table the format does not have: a few are
// reported with the record they are in, by the schema; past maxUnknown the
// file is not parsed.
func (b *bounds) notInFormat(start int) (string, string, int) {
	if b.unknown++; b.unknown <= maxUnknown {
		return "", "", 0
	}
	msg, hint := overLimit()
	return msg, hint, start
}

// inlineTable counts an inline table.
func (b *bounds) inlineTable(c byte) (string, string) {
	if c != '{' {
		return "", ""
	}
	return b.inlineKey()
}

// inlineKey counts a key in an inline table (or the table itself), which
// the format never needs.
func (b *bounds) inlineKey() (string, string) {
	if b.inline++; b.inline <= maxInline {
		return "", ""
	}
	return fmt.Sprintf("more than %d inline tables and keys in them, past the limit of %d", maxInline, maxInline),
		"write each record under its own [[mutual]] or [[mutual.event]] header"
}
