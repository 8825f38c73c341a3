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
// that are single names. The full parser spends hundreds of bytes on every
// key and table it reads, so a file of many keys or tables the format does
// not have (400,000 lines of a0.b.c.d.e.f.g.h = 1 took it 2.4 GB) is
// reported from here and never parsed: its top-level names the format does
// not have, each with its position, or the first place it goes past a
// limit on the keys the format does not have. The fast parser gives up on
// the same files, so both parsers report them alike.
const (
	maxUnknown = 1000 // keys and tables the format does not have, in known tables
	maxInline  = 1000 // inline tables and the keys in them (the format needs none)
)

// shape is what the pass knows of where it is in the format.
type shape struct {
	file     string
	names    []string // the parts of the key just read
	inTable  bool     // a header has been read
	skip     bool     // in a table under a top-level name already reported
	known    []string // the keys of the table being read; nil when the format has no such table
	unknown  int
	inline   int
	seen     map[string]bool // top-level names the format does not have, reported once each
	over     int             // 1 + where the top-level names went past maxUnknown, if they did
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
	}
	return nil
}

// isSubTable says whether [[array.name]] is a table of the format.
func isSubTable(array, name string) bool {
	return array == "mutual" && (name == "event" || name == "reading")
}

// unknownKeyHint is how to fix an unknown key: the nearest known one, or
// the list of them.
func unknownKeyHint(k string, known []string) string {
	if s, ok := model.Closest(k, known); ok {
		return fmt.Sprintf("did you mean %s?", s)
	}
	return "known keys here: " + strings.Join(known, ", ")
}

// top checks a top-level name, reporting it (once) if the format does not
// have it.
func (b *bounds) top(name string, start int) bool {
	if slices.Contains(topKeys, name) {
		return true
	}
	if !b.seen[name] {
		b.seen[name] = true
		if len(b.seen) > maxUnknown {
			b.over = start + 1 // the scan stops here
			return false
		}
		b.report(start, fmt.Sprintf("unknown key %q in the file", name), unknownKeyHint(name, topKeys))
	}
	return false
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
	if b.skip = !b.top(names[0], start); b.skip {
		return "", "", 0
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
	case len(names) == 0 || b.skip:
		return "", ""
	case !b.inTable:
		if !b.top(names[0], start) {
			return "", ""
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
