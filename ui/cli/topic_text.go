package cli

import (
	"strings"
)

// A topic's text is a few kinds of block, apart by blank lines, so that one
// source gives the terminal (wrapped to its width) and the manual page:
//
//	# Heading
//	A paragraph, any number of lines, joined and wrapped.
//	- a list item, wrapped under its dash
//	| term | what it does: a table of two columns, the second wrapped (\| is a bar)
//	  indented lines: kept as they are (examples, file extracts)
//
// An indented block that starts "  $ mutuals" is an example: its output
// runs to the next "$" line or unindented line, blank lines included,
// and go test runs it and compares (see topic_examples_test.go).
type block struct {
	kind  blockKind
	lines []string // the heading, the paragraph or items' text, or the verbatim lines
	terms []string // a table's first column, beside lines
}

type blockKind int

const (
	heading blockKind = iota
	paragraph
	list
	table
	verbatim
)

// parseTopic splits a topic's text into its blocks.
func parseTopic(text string) []block {
	var out []block
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i := 0; i < len(lines); {
		l := lines[i]
		switch {
		case strings.TrimSpace(l) == "":
			i++
		case strings.HasPrefix(l, "# "):
			out = append(out, block{kind: heading, lines: []string{strings.TrimPrefix(l, "# ")}})
			i++
		case strings.HasPrefix(l, "  "):
			j := i
			for j < len(lines) && (strings.HasPrefix(lines[j], "  ") || strings.TrimSpace(lines[j]) == "") {
				j++
			}
			vb := block{kind: verbatim, lines: lines[i:j]}
			for len(vb.lines) > 0 && strings.TrimSpace(vb.lines[len(vb.lines)-1]) == "" {
				vb.lines = vb.lines[:len(vb.lines)-1]
			}
			out, i = append(out, vb), j
		default:
			j := i
			for j < len(lines) && strings.TrimSpace(lines[j]) != "" && !strings.HasPrefix(lines[j], "  ") && !strings.HasPrefix(lines[j], "# ") {
				j++
			}
			out, i = append(out, textBlock(lines[i:j])), j
		}
	}
	return out
}

// textBlock is a run of unindented lines: a table, a list or a paragraph.
func textBlock(lines []string) block {
	switch {
	case strings.HasPrefix(lines[0], "| "):
		b := block{kind: table}
		bar := strings.NewReplacer(`\|`, "\x00")
		for _, l := range lines {
			term, desc, _ := strings.Cut(strings.TrimPrefix(bar.Replace(l), "| "), " | ")
			b.terms = append(b.terms, unbar(strings.TrimSpace(term)))
			b.lines = append(b.lines, unbar(strings.TrimSpace(desc)))
		}
		return b
	case strings.HasPrefix(lines[0], "- "):
		b := block{kind: list}
		for _, l := range lines {
			if strings.HasPrefix(l, "- ") || len(b.lines) == 0 {
				b.lines = append(b.lines, strings.TrimPrefix(l, "- "))
				continue
			}
			b.lines[len(b.lines)-1] += " " + strings.TrimSpace(l)
		}
		return b
	}
	return block{kind: paragraph, lines: []string{strings.Join(lines, " ")}}
}

// unbar puts back the bars a table row escaped.
func unbar(s string) string { return strings.ReplaceAll(s, "\x00", "|") }
