package lex

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Str is a quoted string as written: "basic", 'literal', """multi-line
// basic""" or ”'multi-line literal”'.
type Str struct {
	Raw     string // between the quotes (a line break just after opening ones left out)
	Quote   byte
	Multi   bool
	escaped bool // Raw holds a backslash
	clean   bool // Raw holds nothing TOML forbids in the string
}

// Quoted steps over the string at the offset; multi says whether """ opens
// a multi-line string there (a value) or not (a key). It is false, with
// the scanner where it stopped, when the string is not closed by the end
// of the text (or, for one on one line, of the line).
func (s *Scanner) Quoted(multi bool) (Str, bool) {
	q := s.src[s.i]
	if multi && strings.HasPrefix(s.src[s.i+1:], string([]byte{q, q})) {
		return s.multiline(q)
	}
	x := Str{Quote: q, clean: true}
	start := s.i + 1
	for j := start; j < len(s.src); j++ {
		c := s.src[j]
		switch {
		case c == q:
			s.i = j + 1
			x.Raw = s.src[start:j]
			return x, true
		case c == '\\' && q == '"':
			x.escaped = true
			if j+1 < len(s.src) && s.src[j+1] != '\n' {
				j++
			}
		case c == '\n':
			s.i = j
			return x, false
		case (c < 0x20 && c != '\t') || c == 0x7f:
			x.clean = false
		}
	}
	s.i = len(s.src)
	return x, false
}

// multiline steps over a multi-line string: one or two quotes before the
// closing three are part of it. A carriage return is part of a line break
// ("\r\n", kept as written) or unclean, for the full parser to word.
func (s *Scanner) multiline(q byte) (Str, bool) {
	x := Str{Quote: q, Multi: true, clean: true}
	open := s.i
	start := s.i + 3
	if strings.HasPrefix(s.src[start:], "\n") {
		start++
	} else if strings.HasPrefix(s.src[start:], "\r\n") {
		start += 2
	}
	j := start
	for ; j < len(s.src); j++ {
		c := s.src[j]
		switch {
		case c == q && strings.HasPrefix(s.src[j:], string([]byte{q, q, q})):
			end := j
			for end+3 < len(s.src) && s.src[end+3] == q && end-j < 2 {
				end++
			}
			s.i = end + 3
			s.lines(open, s.i)
			x.Raw = s.src[start:end]
			return x, true
		case c == '\\' && q == '"':
			x.escaped = true
			j++
		case c == '\r' && strings.HasPrefix(s.src[j:], "\r\n"):
			j++
		case (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f:
			x.clean = false
		}
	}
	s.i = len(s.src)
	s.lines(open, s.i)
	return x, false
}

// Text reads a string, basic or literal, on one line or several: it is
// its value where TOML surely reads it so.
func (s *Scanner) Text() (string, bool) {
	if c := s.Peek(); c != '"' && c != '\'' {
		return "", false
	}
	x, ok := s.Quoted(true)
	if !ok {
		return "", false
	}
	return x.Value()
}

// Value is the string's value, exactly as TOML reads it; it is false
// where TOML might not accept it.
func (x Str) Value() (string, bool) {
	switch {
	case !x.clean:
		return "", false
	case !x.escaped:
		return x.Raw, true
	}
	return unescape(x.Raw)
}

// Integer reads an integer as TOML writes it: decimal with an optional
// sign, or hexadecimal, octal or binary after 0x, 0o or 0b, with single
// underscores between digits. It is false at anything else (floats,
// dates, a number past an int64), which the full parser reads.
func (s *Scanner) Integer() (int64, bool) {
	start := s.i
	if c := s.Peek(); c == '+' || c == '-' {
		s.i++
	}
	for s.i < len(s.src) && IsBare(s.src[s.i]) {
		s.i++
	}
	if s.i < len(s.src) && !strings.ContainsRune(" \t#\r\n", rune(s.src[s.i])) {
		return 0, false
	}
	return integer(s.src[start:s.i])
}

func integer(lit string) (int64, bool) {
	base, sign, digits := 10, "", lit
	prefix := strings.Index("0x0o0b", lit[:min(2, len(lit))])
	switch {
	case len(lit) > 2 && prefix >= 0 && prefix%2 == 0:
		base, digits = []int{16, 8, 2}[prefix/2], lit[2:]
	case lit != "" && (lit[0] == '+' || lit[0] == '-'):
		sign, digits = lit[:1], lit[1:]
	}
	switch {
	case digits == "", digits[0] == '_', digits[len(digits)-1] == '_', strings.Contains(digits, "__"),
		strings.ContainsAny(digits, "+-"), base == 10 && len(digits) > 1 && digits[0] == '0':
		return 0, false
	}
	n, err := strconv.ParseInt(sign+strings.ReplaceAll(digits, "_", ""), base, 64)
	return n, err == nil
}

// escaped is the character an escape such as \n or \u00e9 stands for.
func escaped(e string) (rune, bool) {
	switch e[1] {
	case 'b':
		return '\b', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'f':
		return '\f', true
	case 'r':
		return '\r', true
	case '"', '\\':
		return rune(e[1]), true
	case 'u', 'U':
		if e[1] == 'U' && len(e) != 10 || e[1] == 'u' && len(e) != 6 {
			return 0, false
		}
		r, err := strconv.ParseUint(e[2:], 16, 32)
		if err != nil || !utf8.ValidRune(rune(r)) {
			return 0, false
		}
		return rune(r), true
	}
	return 0, false
}

// unescape decodes a basic string's escapes; in a multi-line one, a
// backslash at the end of a line also drops the line break and the spaces
// and line breaks after it (a one-line string has none).
func unescape(s string) (string, bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '\\')
		if i < 0 {
			b.WriteString(s)
			return b.String(), true
		}
		b.WriteString(s[:i])
		rest := strings.TrimLeft(s[i+1:], " \t")
		if strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n") {
			s = strings.TrimLeft(rest, " \t\r\n") // Raw's \r are all in \r\n
			continue
		}
		n := escapeLen(s[i:])
		if n == 0 {
			return "", false
		}
		r, ok := escaped(s[i : i+n])
		if !ok {
			return "", false
		}
		b.WriteRune(r)
		s = s[i+n:]
	}
}

// escapeLen is the length of the escape at the start of s, or 0.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[1] {
	case 'u':
		return min(len(s), 6)
	case 'U':
		return min(len(s), 10)
	}
	return 2
}
