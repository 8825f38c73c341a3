package data

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The values of the fast parser's subset: a key = value line, bare
// integers, arrays of strings, and basic and literal strings with their
// escapes.

func (p *fastParser) keyValue() bool {
	key := p.bareKey()
	if key == "" {
		return false
	}
	p.spaces()
	if p.i >= len(p.src) || p.src[p.i] != '=' {
		return false
	}
	p.i++
	p.spaces()
	if !p.keyInFormat(key) {
		return false
	}
	if _, dup := p.table[key]; dup || (p.array == "" && p.counts[key] > 0) {
		return false
	}
	v, ok := p.value()
	if ok {
		p.table[key] = v
	}
	return ok
}

// keyInFormat counts the key as the shape does; it is false past the
// shape's limit, where the shape reports the file.
func (p *fastParser) keyInFormat(key string) bool {
	if !p.inTable {
		return p.topInFormat(key)
	}
	return slices.Contains(p.known, key) || p.notInFormat()
}

func (p *fastParser) value() (any, bool) {
	if p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == '[':
			return p.arrayValue()
		case c >= '0' && c <= '9':
			return p.integer()
		}
	}
	return p.str()
}

// integer reads a plain decimal integer such as a wave number. Anything
// TOML spells with more (signs, underscores, other bases, floats, dates,
// leading zeros, more digits than an int64 surely holds) is left to the
// full parser.
func (p *fastParser) integer() (any, bool) {
	start := p.i
	for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
		p.i++
	}
	digits := p.src[start:p.i]
	if len(digits) > 18 || (len(digits) > 1 && digits[0] == '0') {
		return nil, false
	}
	if p.i < len(p.src) && !strings.ContainsRune(" \t#\r\n", rune(p.src[p.i])) {
		return nil, false
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	return n, err == nil
}

// strList is an array of strings the fast parser read inside an element.
// It is handed out as a pointer into a slab that the next element reuses,
// with its items in another: the []any of the full parser cost a boxed
// string for each item and a boxed slice for each array, garbage for every
// record that, with the collector's doubling, made most of a load's peak.
// The schema reads it exactly as it reads a []any of strings.
type strList struct{ items []string }

// arrayValue reads an array of strings: a *strList inside an element, a
// []any of strings elsewhere (the [programme] table, kept in the root).
func (p *fastParser) arrayValue() (any, bool) {
	p.i++
	start := len(p.strs)
	for {
		if !p.blank() || p.i >= len(p.src) {
			return nil, false
		}
		if p.src[p.i] == ']' {
			p.i++
			return p.done(start), true
		}
		s, ok := p.str()
		if !ok || !p.blank() || p.i >= len(p.src) {
			return nil, false
		}
		p.strs = append(p.strs, s)
		switch p.src[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return p.done(start), true
		default:
			return nil, false
		}
	}
}

// done is the array whose items are p.strs[start:].
func (p *fastParser) done(start int) any {
	read := p.strs[start:len(p.strs):len(p.strs)]
	if p.array == "" {
		items := make([]any, len(read))
		for i, s := range read {
			items[i] = s
		}
		p.strs = p.strs[:start]
		return items
	}
	p.lists = append(p.lists, strList{items: read})
	return &p.lists[len(p.lists)-1]
}

// str reads a basic "…" or literal '…' string, on one line or several.
func (p *fastParser) str() (string, bool) {
	if p.i >= len(p.src) {
		return "", false
	}
	q := p.src[p.i]
	if q != '"' && q != '\'' {
		return "", false
	}
	if strings.HasPrefix(p.src[p.i+1:], string([]byte{q, q})) {
		return p.multiline(q)
	}
	start := p.i + 1
	escaped := false
	for j := start; j < len(p.src); j++ {
		c := p.src[j]
		switch {
		case c == q:
			p.i = j + 1
			if escaped {
				return unescape(p.src[start:j])
			}
			return p.src[start:j], true
		case c == '\\' && q == '"':
			escaped = true
			j++
		case (c < 0x20 && c != '\t') || c == 0x7f:
			return "", false
		}
	}
	return "", false
}

// unescape decodes TOML's escapes in a basic string.
func unescape(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case 'b':
			b.WriteByte('\b')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'f':
			b.WriteByte('\f')
		case 'r':
			b.WriteByte('\r')
		case '"', '\\':
			b.WriteByte(s[i])
		case 'u', 'U':
			n := 4
			if s[i] == 'U' {
				n = 8
			}
			if i+n >= len(s) {
				return "", false
			}
			r, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil || !utf8.ValidRune(rune(r)) {
				return "", false
			}
			b.WriteRune(rune(r))
			i += n
		default:
			return "", false
		}
	}
	return b.String(), true
}
