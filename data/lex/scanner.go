// Package lex is the one reader of the TOML that data files are written
// in: every quote, escape, comment and line break is read here. A Scanner
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

// Scanner is a position in a text, with its line.
type Scanner struct {
	src       string
	i         int
	line      int // from 1
	lineStart int // offset of the line's first byte
	long      int // where the first line past MaxLineLen begins; -1 if none
	longLine  int
}

// New is a Scanner at the start of src.
func New(src string) *Scanner {
	return &Scanner{src: src, line: 1, long: -1}
}

// Off is the scanner's offset in the text.
func (s *Scanner) Off() int { return s.i }

// Done says whether the text is all read.
func (s *Scanner) Done() bool { return s.i >= len(s.src) }

// Peek is the byte at the offset, 0 at the end.
func (s *Scanner) Peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

// Next steps over n bytes on the line.
func (s *Scanner) Next(n int) { s.i += n }

// Rest is the text from the offset on.
func (s *Scanner) Rest() string { return s.src[s.i:] }

// Line is the line the scanner is on, from 1.
func (s *Scanner) Line() int { return s.line }

// Col is the byte column of offset at, which is on the scanner's line.
func (s *Scanner) Col(at int) int { return at - s.lineStart + 1 }

// LongLine is the line past MaxLineLen, if any has been read (the one
// being read counts too), and the offset of its start.
func (s *Scanner) LongLine() (line, at int, ok bool) {
	if s.long < 0 && s.i-s.lineStart > MaxLineLen {
		return s.line, s.lineStart, true
	}
	return s.longLine, s.long, s.long >= 0
}

// newlineAt counts the line break at j.
func (s *Scanner) newlineAt(j int) {
	if s.long < 0 && j-s.lineStart > MaxLineLen {
		s.long, s.longLine = s.lineStart, s.line
	}
	s.line, s.lineStart = s.line+1, j+1
}

// lines counts the line breaks in src[from:to].
func (s *Scanner) lines(from, to int) {
	for {
		k := strings.IndexByte(s.src[from:to], '\n')
		if k < 0 {
			return
		}
		s.newlineAt(from + k)
		from += k + 1
	}
}

// Spaces steps over spaces and tabs.
func (s *Scanner) Spaces() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// Newline steps over "\n" or "\r\n"; it is true at the end of the text too.
func (s *Scanner) Newline() bool {
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

// ToLineEnd steps to the next '\n', whatever is before it.
func (s *Scanner) ToLineEnd() {
	if k := strings.IndexByte(s.src[s.i:], '\n'); k >= 0 {
		s.i += k
	} else {
		s.i = len(s.src)
	}
}

// End reads the end of a line: spaces, a comment, the line break. It is
// false at anything else, or a control character in the comment.
func (s *Scanner) End() bool {
	s.Spaces()
	if s.i < len(s.src) && s.src[s.i] == '#' {
		for s.i < len(s.src) && s.src[s.i] != '\n' && s.src[s.i] != '\r' {
			if c := s.src[s.i]; (c < 0x20 && c != '\t') || c == 0x7f {
				return false
			}
			s.i++
		}
	}
	return s.Newline()
}

// Blank steps over spaces, line breaks and comments, as between the items
// of an array.
func (s *Scanner) Blank() bool {
	for {
		s.Spaces()
		switch s.Peek() {
		case '\n', '\r', '#':
			if !s.End() {
				return false
			}
		default:
			return true
		}
	}
}

// IsBare says whether c may be in a bare key.
func IsBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// Key reads a dotted key and the spaces around its parts: it appends the
// parts to names, unquoted (the first MaxDepth+1 of them), and counts
// them. It is exact where TOML surely reads the key so (no part empty or
// with an escape it might refuse), and b is not nil where a part is
// longer than MaxKeyLen.
func (s *Scanner) Key(names []string) (_ []string, parts int, exact bool, b *Bound) {
	exact = true
	for {
		s.Spaces()
		start := s.i
		name, quotes := "", 0
		switch s.Peek() {
		case '"', '\'':
			x, closed := s.Quoted(false)
			if !closed {
				return names, parts, false, nil
			}
			name, quotes = x.Raw, 2
			if len(names) <= MaxDepth { // a name kept is decoded
				v, ok := x.Value()
				name, exact = v, exact && ok
				if !ok {
					name = x.Raw
				}
			}
		default:
			for s.i < len(s.src) && IsBare(s.src[s.i]) {
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
		if s.Spaces(); s.Peek() != '.' {
			return names, parts, exact, nil
		}
		s.i++
	}
}
