package data

import "strings"

// multiline reads a multi-line string, """…""" or ”'…”' (long summaries
// in hand-written files): a line break right after the opening quotes is
// not part of it, and one or two quotes before the closing three are.
// Bare carriage returns and control characters are left to the full
// parser, which words the error.
func (p *fastParser) multiline(q byte) (string, bool) {
	start := p.i + 3
	if strings.HasPrefix(p.src[start:], "\n") {
		start++
	}
	escaped := false
	for j := start; j < len(p.src); j++ {
		c := p.src[j]
		switch {
		case c == q && strings.HasPrefix(p.src[j:], string([]byte{q, q, q})):
			end := j
			for end+3 < len(p.src) && p.src[end+3] == q && end-j < 2 {
				end++
			}
			p.i = end + 3
			if escaped {
				return unescapeMultiline(p.src[start:end])
			}
			return p.src[start:end], true
		case c == '\\' && q == '"':
			escaped = true
			j++
		case (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f:
			return "", false
		}
	}
	return "", false
}

// unescapeMultiline decodes a multi-line basic string's escapes, where a
// backslash at the end of a line also drops the line break and the spaces
// and line breaks after it.
func unescapeMultiline(s string) (string, bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '\\')
		if i < 0 {
			b.WriteString(s)
			return b.String(), true
		}
		b.WriteString(s[:i])
		rest := strings.TrimLeft(s[i+1:], " \t")
		if strings.HasPrefix(rest, "\n") {
			s = strings.TrimLeft(rest, " \t\n")
			continue
		}
		n := escapeLen(s[i:])
		if n == 0 {
			return "", false
		}
		v, ok := unescape(s[i : i+n])
		if !ok {
			return "", false
		}
		b.WriteString(v)
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
