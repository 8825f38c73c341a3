package format

import (
	"fmt"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// longestLine is the most a string writes on one line, half the loader's
// 2 MiB bound on a line: whatever loaded writes what loads back, though
// escaping can double a value (a line of 1.5 MB of quotes).
const longestLine = 1 << 20

// tomlString quotes s as a TOML basic string, on one line when that line
// is short enough, else as a multi-line basic string (see tomlMultiline).
// Controls, C1 controls and bidirectional marks are escaped: the text
// round-trips exactly and is safe on a terminal.
func tomlString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		default:
			writeEscaped(&b, r)
		}
		if b.Len() > longestLine {
			return tomlMultiline(s)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeEscaped writes r as a basic string holds it: backslash, tab,
// carriage return and unsafe characters escaped.
func writeEscaped(b *strings.Builder, r rune) {
	switch {
	case r == '\\':
		b.WriteString(`\\`)
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\r':
		b.WriteString(`\r`)
	case model.Unsafe(r):
		fmt.Fprintf(b, `\u%04X`, r)
	default:
		b.WriteRune(r)
	}
}

// tomlMultiline writes s as a multi-line basic string ("""): each line of
// the value on a line of its own, and a line still too long broken with a
// line-ending backslash, which TOML joins back together with the
// whitespace that follows it. So after such a break a space or a line
// break of the value is escaped, and a quote is escaped where it would
// make three in a row or meet the closing quotes.
func tomlMultiline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8 + 8)
	b.WriteString("\"\"\"\n") // the line break after the quotes is not part of the value
	lineStart, joined := b.Len(), false
	for i, r := range s {
		if b.Len()-lineStart >= longestLine-16 { // room for the longest escape and the backslash
			b.WriteString("\\\n")
			lineStart, joined = b.Len(), true
		}
		switch {
		case r == '"' && (i+1 == len(s) || s[i+1] == '"'):
			b.WriteString(`\"`)
		case r == '"':
			b.WriteByte('"')
		case r == '\n' && joined:
			b.WriteString(`\n`)
		case r == '\n':
			b.WriteByte('\n')
			lineStart = b.Len()
			continue
		case r == ' ' && joined:
			b.WriteString(`\u0020`)
		default:
			writeEscaped(&b, r)
		}
		joined = false
	}
	b.WriteString(`"""`)
	return b.String()
}
