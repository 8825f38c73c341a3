package render

import "strings"

// JoinItems joins a list's items with "; ", but with a space alone after
// an item that ends a sentence: events are sentences, and "services.;
// 2011 launched" reads as a slip.
func JoinItems(items []string) string {
	var b strings.Builder
	for i, s := range items {
		if i > 0 {
			if EndsSentence(items[i-1]) {
				b.WriteByte(' ')
			} else {
				b.WriteString("; ")
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// EndsSentence reports whether s ends with a full stop, a question or an
// exclamation mark, or one of them before a closing quote or bracket.
func EndsSentence(s string) bool {
	s = strings.TrimRight(s, ` "'’”)]`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
