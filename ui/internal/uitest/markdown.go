package uitest

import (
	"fmt"
	"regexp"
	"strings"
)

var (
	ownAutolink = regexp.MustCompile(`<https?://[^<> ]+>`)
	ownEntity   = regexp.MustCompile(`&(amp|lt|gt);`)
	ownPrefix   = regexp.MustCompile(`(?m)^(#{2,3} |- )`)
)

// MarkdownMarkup says what in a Markdown document printed from data a
// GitHub-flavoured renderer would turn into a link or markup that the
// program did not write itself, or "". The program's own are its source
// autolinks (<https://…>), entities, heading and list prefixes and bold
// (**); everything else must be escaped: emphasis, code and strike
// characters, bare web and e-mail addresses, and a line that a value
// starts with a block marker (#, >, -, +, 1.).
func MarkdownMarkup(doc string) string {
	text := ownEntity.ReplaceAllString(ownAutolink.ReplaceAllString(doc, ""), "")
	text = ownPrefix.ReplaceAllString(text, "")
	for _, line := range strings.Split(text, "\n") {
		if msg := lineMarkup(line); msg != "" {
			return fmt.Sprintf("%s in %q", msg, line)
		}
	}
	return ""
}

var blockStart = regexp.MustCompile(`^ {0,3}([#>+-]|[0-9]+[.)])`)

func lineMarkup(line string) string {
	if strings.HasPrefix(line, "|") {
		line = "" // a table row: cells cannot start blocks
	}
	if m := blockStart.FindString(line); m != "" && !strings.HasPrefix(line, "**") {
		return fmt.Sprintf("a line that starts %q", m)
	}
	lower := strings.ToLower(line)
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\':
			i++ // escaped
		case c == '*' && strings.HasPrefix(line[i:], "**"):
			i++ // the program's bold
		case strings.IndexByte("*_`~@", c) >= 0:
			return fmt.Sprintf("%q at byte %d", c, i)
		case strings.HasPrefix(line[i:], "://"):
			return fmt.Sprintf("a bare address at byte %d", i)
		case strings.HasPrefix(lower[i:], "www."):
			return fmt.Sprintf("a www address at byte %d", i)
		}
	}
	return ""
}
