package data

import (
	"errors"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/data/lex"
)

const crHint = `the lines of this file end in CR alone (old Mac style), which TOML does not allow: ` +
	`convert them to LF, for example with: tr '\r' '\n' < old.toml > new.toml`

const strayCRHint = `delete the carriage return (CR) at the caret: TOML allows one only just before a line feed, ` +
	`as a line ending`

const escapeHint = `in a "…" string a backslash begins an escape: \b \t \n \f \r \e \" \\ \xHH \uHHHH \UHHHHHHHH; ` +
	`write a backslash itself as \\, or use a '…' string, which has no escapes`

// syntaxProblem is the one place a TOML parser's error becomes a problem:
// it finds the place the mistake is at and words it. The parser places a
// mistake inside a string where the string opens, a control character one
// byte early, and a string never closed at the end of the file, and it
// quotes everything it has read of a string; here each is put where it is
// and quoted short.
func syntaxProblem(name, src string, err error) Problem {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return Problem{File: name, Message: err.Error()}
	}
	at, msg, hint := syntaxPlace(src, pe)
	line, col := lineCol(src, at)
	p := Problem{
		File: name, Line: line, Col: col,
		Text:    lineAt(src, line),
		Message: "TOML syntax: " + msg,
		Hint:    hint,
	}
	if strings.Contains(p.Text, "\r") {
		p.Hint = strayCRHint
		if lone := strings.Count(src, "\r") - strings.Count(src, "\r\n"); lone > strings.Count(src, "\n") {
			p.Hint = crHint // the file's lines end in CR alone
		}
	}
	return p
}

// syntaxPlace is the offset of the parser's mistake in src, its words and
// how to fix it. The parser's offset, not its line and column, is where
// its reading stopped.
func syntaxPlace(src string, pe toml.ParseError) (at int, msg, hint string) {
	start, end := pe.Position.Start, pe.Position.Start+max(pe.Position.Len, 1)
	start, end = min(max(start, 0), len(src)), min(max(end, 0), len(src))
	msg, hint = pe.Message, "fix the TOML at the caret (strings need quotes, lists need [ ], each key once per table)"
	for _, delim := range []string{`"""`, `'''`} {
		if strings.HasPrefix(pe.Message, "unexpected EOF") && strings.Contains(pe.Message, delim) {
			if i := lex.Unclosed(src, delim); i >= 0 {
				return i, "the multi-line string that opens here is not closed by the end of the file",
					"end it with " + delim + " where its text ends"
			}
		}
	}
	if strings.Contains(pe.Message, "control characters") {
		return firstControl(src, start), pe.Message, hint
	}
	if start > 0 && src[start-1] == '"' { // the parser's mistake is in a basic string's text
		if i := lex.BadEscape(src[start:]); i >= 0 && start+i < end {
			return start + i, "the escape " + escapeText(src[start+i:]) + " is not one TOML knows", escapeHint
		}
	}
	return start, msg, hint
}

// firstControl is the offset of the first character at or after from that
// TOML refuses anywhere: a control character other than a tab, or a
// carriage return outside a line break.
func firstControl(src string, from int) int {
	for i := from; i < len(src); i++ {
		c := src[i]
		if c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\r' && !strings.HasPrefix(src[i:], "\r\n") {
			return i
		}
	}
	return from
}

// escapeText is the escape at the start of s as a message quotes it: the
// backslash and what follows it as far as the escape goes, up to the
// first character that cannot be in it.
func escapeText(s string) string {
	n := 2
	switch s[1:min(2, len(s))] {
	case "x":
		n = 4
	case "u":
		n = 6
	case "U":
		n = 10
	}
	end := min(2, len(s))
	for end < min(n, len(s)) && strings.IndexByte("0123456789abcdefABCDEF", s[end]) >= 0 {
		end++
	}
	if end < min(n, len(s)) && s[end] >= 0x20 && s[end] < 0x7f && s[end] != '\'' && s[end] != '"' {
		end++ // the character that ends it too soon, where it can be shown
	}
	return "'" + strings.ToValidUTF8(s[:end], "") + "'"
}

// lineCol turns a byte offset into a line and byte column, both from 1.
func lineCol(src string, offset int) (int, int) {
	offset = min(max(offset, 0), len(src))
	before := src[:offset]
	line := strings.Count(before, "\n") + 1
	return line, offset - (strings.LastIndexByte(before, '\n') + 1) + 1
}
