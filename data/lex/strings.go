package lex

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// str is a quoted string as written: basic or literal, on one line or
// several.
type str struct {
	raw     string // between the quotes (a line break just after opening ones left out)
	escaped bool   // raw holds a backslash
	clean   bool   // raw holds nothing TOML forbids in the string
}

// stops[k][c] says whether byte c is one that quoted looks at in a
// basic string (k = 0) or a literal one (k = 1): its quote, a backslash
// that escapes, a control character. It steps over all others at once.
var stops = func() (t [2][256]bool) {
	for c := range 256 {
		ctl := c < 0x20 && c != '\t' || c == 0x7f
		t[0][c] = ctl || c == '"' || c == '\\'
		t[1][c] = ctl || c == '\''
	}
	return t
}()

// quoted steps over the string at the offset; multi says whether """ opens
// a multi-line string there (a value) or not (a key). It is false, with
// the scanner where it stopped, when the string is not closed by the end
// of the text (or, for one on one line, of the line). In a multi-line
// string, one or two quotes before the closing three are part of it, and
// a carriage return is part of a line break ("\r\n", kept as written) or
// unclean, for the full parser to word.
func (s *scanner) quoted(multi bool) (str, bool) {
	q, open := s.src[s.i], s.i
	x, closing := str{clean: true}, s.src[s.i:s.i+1]
	if multi = multi && s.i+2 < len(s.src) && s.src[s.i+1] == q && s.src[s.i+2] == q; multi {
		closing = s.src[s.i : s.i+3]
	}
	start := s.i + len(closing)
	if multi && strings.HasPrefix(s.src[start:], "\n") {
		start++
	} else if multi && strings.HasPrefix(s.src[start:], "\r\n") {
		start += 2
	}
	stop := &stops[0]
	if q == '\'' {
		stop = &stops[1]
	}
	for j := start; j < len(s.src); j++ {
		if !stop[s.src[j]] {
			continue
		}
		switch c := s.src[j]; {
		case c == q && !multi:
			s.i, x.raw = j+1, s.src[start:j]
			return x, true
		case c == q && strings.HasPrefix(s.src[j:], closing):
			end := j
			for end+3 < len(s.src) && s.src[end+3] == q && end-j < 2 {
				end++
			}
			s.i, x.raw = end+3, s.src[start:end]
			s.lines(open, s.i)
			return x, true
		case c == '\\' && q == '"':
			x.escaped = true
			if j+1 < len(s.src) && (multi || s.src[j+1] != '\n') {
				j++
			}
		case c == '\n' && !multi:
			s.i = j
			return x, false
		case c == '\r' && multi && strings.HasPrefix(s.src[j:], "\r\n"):
			j++
		case (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f:
			x.clean = false
		}
	}
	s.i = len(s.src)
	s.lines(open, s.i)
	return x, false
}

// text reads a string, basic or literal, on one line or several: it is
// its value where TOML surely reads it so.
func (s *scanner) text() (string, bool) {
	if c := s.peek(); c != '"' && c != '\'' {
		return "", false
	}
	x, ok := s.quoted(true)
	if !ok {
		return "", false
	}
	return x.value()
}

// value is the string's value, exactly as TOML reads it; it is false
// where TOML might not accept it.
func (x str) value() (string, bool) {
	switch {
	case !x.clean:
		return "", false
	case !x.escaped:
		return x.raw, true
	}
	return unescape(x.raw)
}

// integer reads an integer as TOML writes it: decimal with an optional
// sign, or hexadecimal, octal or binary after 0x, 0o or 0b, with single
// underscores between digits. It is false at anything else (floats,
// dates, a number past an int64), which the full parser reads.
func (s *scanner) integer() (int64, bool) {
	start := s.i
	if c := s.peek(); c == '+' || c == '-' {
		s.i++
	}
	for s.i < len(s.src) && isBare(s.src[s.i]) {
		s.i++
	}
	if s.i < len(s.src) && !strings.ContainsRune(" \t#\r\n", rune(s.src[s.i])) {
		return 0, false
	}
	return parseInteger(s.src[start:s.i])
}

func parseInteger(lit string) (int64, bool) {
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

// escape reads the escape at the start of s, such as \n or \u00e9: the
// character it stands for and its length, 0 where TOML has no such escape.
// The escapes are TOML 1.1's, as the full parser reads them: \e and \xHH
// besides TOML 1.0's.
func escape(s string) (rune, int) {
	if len(s) < 2 {
		return 0, 0
	}
	if k := strings.IndexByte(`btnfre"\`, s[1]); k >= 0 {
		return rune("\b\t\n\f\r\x1b\"\\"[k]), 2
	}
	n := 0
	switch s[1] {
	case 'x':
		n = 4
	case 'u':
		n = 6
	case 'U':
		n = 10
	}
	if n == 0 || len(s) < n {
		return 0, 0
	}
	r, err := strconv.ParseUint(s[2:n], 16, 32)
	if err != nil || !utf8.ValidRune(rune(r)) {
		return 0, 0
	}
	return rune(r), n
}

// BadEscape is the offset in s, the text of a basic string from where it
// opens, of the first escape TOML refuses; -1 if there is none. A
// backslash before spaces and a line break (in a multi-line string) is
// not an escape.
func BadEscape(s string) int {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '\\')
		if k < 0 {
			return -1
		}
		i += k
		rest := strings.TrimLeft(s[i+1:], " \t")
		if strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r\n") {
			i = len(s) - len(rest)
			continue
		}
		_, n := escape(s[i:])
		if n == 0 {
			return i
		}
		i += n
	}
}

// Unclosed is where the multi-line string that a file ends in opens, its
// quotes being delim (\"\"\" or \'\'\'), or -1: nothing after that opening
// closes it, so it is the last run of three quotes or more, whose first
// is not escaped.
func Unclosed(src, delim string) int {
	for end := len(src); ; {
		i := strings.LastIndex(src[:end], delim)
		if i < 0 {
			return -1
		}
		for i > 0 && src[i-1] == delim[0] {
			i--
		}
		run := len(src[i:]) - len(strings.TrimLeft(src[i:], delim[:1]))
		if delim[0] == '"' && escaped(src, i) {
			i, run = i+1, run-1
		}
		if run >= len(delim) {
			return i
		}
		end = i
	}
}

// escaped says whether the byte at i follows an odd number of
// backslashes.
func escaped(s string, i int) bool {
	n := 0
	for i > n && s[i-n-1] == '\\' {
		n++
	}
	return n%2 == 1
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
			s = strings.TrimLeft(rest, " \t\r\n") // raw's \r are all in \r\n
			continue
		}
		r, n := escape(s[i:])
		if n == 0 {
			return "", false
		}
		b.WriteRune(r)
		s = s[i+n:]
	}
}
