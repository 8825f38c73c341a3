// Package lex is the one reader of the TOML that data files are written
// in: every quote, escape, comment and line break is read here. A scanner
// steps over the text a piece at a time (keys, strings, integers, the ends
// of lines), keeping the line it is on and where the first line past
// MaxLineLen began. Walk is the one grammar of a file's structure: it
// hands its headers and key = value lines, with their positions and the
// values it reads whole, to the fast parser, the bounds and shape check
// and the positions of problems alike.
package lex

import "strings"

// Bounds on what a data file may hold. The full TOML parser's cost grows
// with the square of a key path's depth, and nothing in the format needs
// more than three levels ([[mutual.event]] and its keys).
const (
	MaxDepth   = 8       // levels of a key path: header and dotted parts, nested arrays and inline tables
	MaxKeyLen  = 256     // bytes in one part of a key
	MaxLineLen = 2 << 20 // bytes in one line
)

// scanner is a position in a text, with its line.
type scanner struct {
	src string
	pos
}

// pos is where a scanner is, all it changes as it reads.
type pos struct {
	i         int
	line      int // from 1
	lineStart int // offset of the line's first byte
	long      int // where the first line past MaxLineLen begins; -1 if none
	longLine  int
}

// newScanner is a scanner at the start of src.
func newScanner(src string) *scanner {
	return &scanner{src: src, pos: pos{line: 1, long: -1}}
}

// done says whether the text is all read.
func (s *scanner) done() bool { return s.i >= len(s.src) }

// peek is the byte at the offset, 0 at the end.
func (s *scanner) peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

// rest is the text from the offset on.
func (s *scanner) rest() string { return s.src[s.i:] }

// col is the byte column of offset at, which is on the scanner's line.
func (s *scanner) col(at int) int { return at - s.lineStart + 1 }

// tooLong is the line past MaxLineLen, if any has been read (the one
// being read counts too), and the offset of its start.
func (s *scanner) tooLong() (line, at int, ok bool) {
	if s.long < 0 && s.i-s.lineStart > MaxLineLen {
		return s.line, s.lineStart, true
	}
	return s.longLine, s.long, s.long >= 0
}

// newlineAt counts the line break at j.
func (s *scanner) newlineAt(j int) {
	if s.long < 0 && j-s.lineStart > MaxLineLen {
		s.long, s.longLine = s.lineStart, s.line
	}
	s.line, s.lineStart = s.line+1, j+1
}

// lines counts the line breaks in src[from:to].
func (s *scanner) lines(from, to int) {
	for {
		k := strings.IndexByte(s.src[from:to], '\n')
		if k < 0 {
			return
		}
		s.newlineAt(from + k)
		from += k + 1
	}
}

// spaces steps over spaces and tabs.
func (s *scanner) spaces() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// newline steps over "\n" or "\r\n"; it is true at the end of the text too.
func (s *scanner) newline() bool {
	switch {
	case s.i >= len(s.src):
		return true
	case s.src[s.i] == '\n':
		s.newlineAt(s.i)
		s.i++
		return true
	case strings.HasPrefix(s.src[s.i:], "\r\n"):
		s.newlineAt(s.i + 1)
		s.i += 2
		return true
	}
	return false
}

// toLineEnd steps to the next '\n', whatever is before it.
func (s *scanner) toLineEnd() {
	if k := strings.IndexByte(s.src[s.i:], '\n'); k >= 0 {
		s.i += k
	} else {
		s.i = len(s.src)
	}
}

// end reads the end of a line: spaces, a comment, the line break. It is
// false at anything else, or a control character in the comment.
func (s *scanner) end() bool {
	s.spaces()
	if s.i < len(s.src) && s.src[s.i] == '#' {
		for s.i < len(s.src) && s.src[s.i] != '\n' && s.src[s.i] != '\r' {
			if c := s.src[s.i]; (c < 0x20 && c != '\t') || c == 0x7f {
				return false
			}
			s.i++
		}
	}
	return s.newline()
}

// blank steps over spaces, line breaks and comments, as between the items
// of an array.
func (s *scanner) blank() bool {
	for {
		s.spaces()
		switch s.peek() {
		case '\n', '\r', '#':
			if !s.end() {
				return false
			}
		default:
			return true
		}
	}
}

// isBare says whether c may be in a bare key.
func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// dotted reads a dotted key and the spaces around its parts: it appends the
// parts to names, unquoted (the first MaxDepth+1 of them), and counts
// them. It is exact where TOML surely reads the key so (no part empty or
// with an escape it might refuse), and b is not nil where a part is
// longer than MaxKeyLen.
func (s *scanner) dotted(names []string) (_ []string, parts int, exact bool, b *Bound) {
	exact = true
	for {
		s.spaces()
		start := s.i
		name, quotes := "", 0
		switch s.peek() {
		case '"', '\'':
			x, closed := s.quoted(false)
			if !closed {
				return names, parts, false, nil
			}
			name, quotes = x.raw, 2
			if len(names) <= MaxDepth { // a name kept is decoded
				v, ok := x.value()
				name, exact = v, exact && ok
				if !ok {
					name = x.raw
				}
			}
		default:
			for s.i < len(s.src) && isBare(s.src[s.i]) {
				s.i++
			}
			name = s.src[start:s.i]
		}
		if s.i == start {
			return names, parts, false, nil
		}
		if n := s.i - start; n-quotes > MaxKeyLen {
			return names, parts, false, &Bound{KeyLen: n, At: start}
		}
		if parts++; len(names) <= MaxDepth {
			names = append(names, name)
		}
		if s.spaces(); s.peek() != '.' {
			return names, parts, exact, nil
		}
		s.i++
	}
}
