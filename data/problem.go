package data

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// maxShown is how many problems an error lists before it only counts.
const maxShown = 20

// maxKept is how many problems a load keeps in full (each with its place
// and hint), the first by place; past it, problems are only counted, so
// that a file of a million mistakes costs no more than its size to report.
// A variable only so that the quick tests can prove the rule on a small
// file; the program never changes it.
var maxKept = 10000

// Problem is one thing wrong with the input, pinned to a place in a file.
type Problem struct {
	File    string
	Line    int    // from 1; 0 when the problem is with the file as a whole
	Col     int    // byte column from 1
	Text    string // the line at Line, as the file has it
	Message string
	Hint    string // how to fix it
	// Also is a second line the problem is about, 0 if none: where the
	// table begins whose key a misspelling left out.
	Also     int
	AlsoText string // what is at Also, as the problem says it
	path     string // where in the document, until a locator turns it into Line and Col
	alsoPath string // where Also is, until a locator turns it into a line
	inFile   bool   // path is set (the root's own path is "")
}

// Column is the column in characters, as an editor counts them.
func (p Problem) Column() int {
	if p.Col <= 1 || p.Text == "" {
		return max(p.Col, 1)
	}
	return len([]rune(p.Text[:min(p.Col-1, len(p.Text))])) + 1
}

// String renders the problem as file:line:col, the line itself with a caret
// under the column, and the hint.
func (p Problem) String() string {
	var b strings.Builder
	if p.Line > 0 {
		fmt.Fprintf(&b, "%s:%d:%d: %s\n", model.Printable(p.File), p.Line, p.Column(), model.Printable(p.Message))
		p.writeSnippet(&b)
	} else {
		fmt.Fprintf(&b, "%s: %s\n", model.Printable(p.File), model.Printable(p.Message))
	}
	if p.Also > 0 {
		fmt.Fprintf(&b, "  also %s:%d: %s\n", model.Printable(p.File), p.Also, model.Printable(p.AlsoText))
	}
	if p.Hint != "" {
		fmt.Fprintf(&b, "  hint: %s\n", model.Printable(p.Hint))
	}
	return b.String()
}

// snippetWidth is how many columns of a line a snippet shows at most: a
// line of megabytes (a file with CR-only line endings is one line) shows
// the part around the column.
const snippetWidth = 120

func (p Problem) writeSnippet(b *strings.Builder) {
	text := strings.TrimRight(p.Text, "\r")
	if text == "" {
		return
	}
	num := fmt.Sprint(p.Line)
	at := min(max(p.Col-1, 0), len(text))
	before, after := snippetSides(text[:at], text[at:])
	pad := ansi.StringWidth(before)
	fmt.Fprintf(b, "  %s | %s%s\n", num, before, after)
	fmt.Fprintf(b, "  %s | %s^\n", strings.Repeat(" ", len(num)), strings.Repeat(" ", pad))
}

// snippetSides makes the text before and after the column printable, and
// cuts each to half the snippet, marking a cut with "…". Only a bounded
// number of bytes on each side is looked at, whatever the line's length.
func snippetSides(before, after string) (string, string) {
	const half, bytes = snippetWidth / 2, snippetWidth * 8
	cutBefore, cutAfter := len(before) > bytes, len(after) > bytes
	if cutBefore {
		before = strings.ToValidUTF8(before[len(before)-bytes:], "")
		_, n := utf8.DecodeRuneInString(before)
		before = before[n:] // the first rune may be a tail of one
	}
	if cutAfter {
		after = strings.ToValidUTF8(after[:bytes], "")
	}
	before, after = model.Printable(before), model.Printable(after)
	if w := ansi.StringWidth(before); cutBefore || w > half {
		before = ansi.TruncateLeft(before, max(w-(half-1), 0), "…")
	}
	if cutAfter || ansi.StringWidth(after) > half {
		after = ansi.Truncate(after, half-1, "") + "…"
	}
	return before, after
}

// LoadError is every problem found while loading a dataset. Nothing from a
// dataset with problems is used.
type LoadError struct {
	Problems []Problem
	Dropped  int // more problems, past maxKept, that were only counted
}

func (e *LoadError) Error() string {
	var b strings.Builder
	n := len(e.Problems) + e.Dropped
	for i, p := range e.Problems {
		if i == maxShown {
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	if n > maxShown {
		fmt.Fprintf(&b, "… and %d more problems\n", n-min(maxShown, len(e.Problems)))
	}
	fmt.Fprintf(&b, "\n%d %s: nothing was loaded", n, model.Plural(n, "problem", "problems"))
	return b.String()
}

// sortProblems puts problems in the order of the files (as loaded) and
// then of their lines and columns; problems with no file of their own (the
// dataset as a whole) come last. The sort is stable, so that problems at
// one place keep the order they were found in.
func sortProblems(ps []Problem, files []string) {
	rank := make(map[string]int, len(files))
	for i, f := range files {
		rank[f] = i
	}
	order := func(p Problem) int {
		if r, ok := rank[p.File]; ok {
			return r
		}
		return len(files)
	}
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(order(a), order(b)), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}
