package data

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// maxShown is how many problems an error lists before it only counts.
const maxShown = 20

// Problem is one thing wrong with the input, pinned to a place in a file.
type Problem struct {
	File    string
	Line    int    // from 1; 0 when the problem is with the file as a whole
	Col     int    // byte column from 1
	Text    string // the line at Line, as the file has it
	Message string
	Hint    string // how to fix it
	path    string // where in the document, until a locator turns it into Line and Col
	inFile  bool   // path is set (the root's own path is "")
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
	if p.Hint != "" {
		fmt.Fprintf(&b, "  hint: %s\n", model.Printable(p.Hint))
	}
	return b.String()
}

func (p Problem) writeSnippet(b *strings.Builder) {
	text := strings.TrimRight(p.Text, "\r")
	if text == "" {
		return
	}
	num := fmt.Sprint(p.Line)
	prefix := text[:min(max(p.Col-1, 0), len(text))]
	pad := ansi.StringWidth(model.Printable(prefix))
	fmt.Fprintf(b, "  %s | %s\n", num, model.Printable(text))
	fmt.Fprintf(b, "  %s | %s^\n", strings.Repeat(" ", len(num)), strings.Repeat(" ", pad))
}

// LoadError is every problem found while loading a dataset. Nothing from a
// dataset with problems is used.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == maxShown {
			fmt.Fprintf(&b, "… and %d more problems\n", len(e.Problems)-maxShown)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	n := len(e.Problems)
	fmt.Fprintf(&b, "\n%d %s: nothing was loaded", n, plural(n, "problem", "problems"))
	return b.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
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
