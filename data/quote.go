package data

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Untrusted text in a problem's words is cut short, so that a file of a
// few megabytes cannot make a message of megabytes: maxQuoted is how many
// characters of a text from a file a problem quotes, maxWords how many its
// message, hint or second place holds in all.
const (
	maxQuoted = 40
	maxWord   = 80 // a run without spaces, a path say, not quoted
	maxWords  = 400
)

// quote is s in quotes, as a problem quotes a text from a file: cut in the
// middle, with "…", past maxQuoted characters.
func quote(s string) string { return strconv.Quote(excerpt(s)) }

// excerpt is s, or its start and end around "…" when it is longer than
// maxQuoted characters.
func excerpt(s string) string {
	if len(s) <= maxQuoted || utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	const head = maxQuoted / 3
	start, end := 0, len(s)
	for range head {
		_, n := utf8.DecodeRuneInString(s[start:])
		start += n
	}
	for range maxQuoted - head - 1 {
		_, n := utf8.DecodeLastRuneInString(s[:end])
		end -= n
	}
	return s[:start] + "…" + s[end:]
}

// bounded is p with its words bounded: every quoted text in them cut to
// maxQuoted characters, and each to maxWords. It is the last thing done
// to a problem a load reports, whoever worded it.
func (p Problem) bounded() Problem {
	p.Message, p.Hint, p.AlsoText = boundWords(p.Message), boundWords(p.Hint), boundWords(p.AlsoText)
	return p
}

// boundWords cuts each Go-quoted text in s ("…" with escapes, as %q
// writes it) to maxQuoted characters, then each longer run without
// spaces, and then s to maxWords.
func boundWords(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		q, err := strconv.QuotedPrefix(s[i:])
		if err != nil {
			b.WriteByte('"')
			s = s[i+1:]
			continue
		}
		s = s[i+len(q):]
		if text, _ := strconv.Unquote(q); utf8.RuneCountInString(text) > maxQuoted {
			q = quote(text)
		}
		b.WriteString(q)
	}
	s = cutLongWords(b.String())
	if utf8.RuneCountInString(s) > maxWords {
		s = string([]rune(s)[:maxWords-1]) + "…"
	}
	return s
}

// cutLongWords cuts each run of s without spaces that is longer than
// maxWord characters to maxQuoted, as a quoted text is cut: the TOML
// parser's own words quote a number or a key as it stands ("999…9 is out
// of range", "Key 'y…y' has already been defined"), and cutting the
// sentence instead would lose what it says. A file's path stays whole
// up to maxWord.
func cutLongWords(s string) string {
	if len(s) <= maxWord {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		if utf8.RuneCountInString(w) > maxWord {
			words[i] = excerpt(w)
		}
	}
	return strings.Join(words, " ")
}
