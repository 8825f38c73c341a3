package data

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSnippetBounded: however long the line, the snippet shows about 120
// columns around the column, cut with …, and the caret stays under it.
func TestSnippetBounded(t *testing.T) {
	cases := []struct {
		name, text string
		col        int
		under      string // what the caret points at
	}{
		{"long on the right", "x = 1 oops" + strings.Repeat("é", 1<<20), 7, "o"},
		{"long on the left", strings.Repeat("東", 1<<20) + " oops", len(strings.Repeat("東", 1<<20)) + 2, "o"},
		{"long on both sides", strings.Repeat("a", 1<<20) + "Z" + strings.Repeat("b", 1<<20), 1<<20 + 1, "Z"},
		{"short", "x = 1 oops", 7, "o"},
	}
	for _, tc := range cases {
		p := Problem{File: "f.toml", Line: 1, Col: tc.col, Text: tc.text, Message: "m"}
		lines := strings.Split(p.String(), "\n")
		snippet, caret := lines[1], lines[2]
		if w := ansi.StringWidth(snippet); w > snippetWidth+10 {
			t.Errorf("%s: the snippet is %d columns", tc.name, w)
		}
		if len(tc.text) > snippetWidth && !strings.Contains(snippet, "…") {
			t.Errorf("%s: a cut snippet has no …: %q", tc.name, snippet)
		}
		at := ansi.StringWidth(caret) - 1
		if got := ansi.Cut(snippet, at, at+1); got != tc.under {
			t.Errorf("%s: the caret is under %q, want %q\n%s\n%s", tc.name, got, tc.under, snippet, caret)
		}
	}
}

// TestCROnlyLineEndings: a file whose lines end in CR alone is one line to
// TOML; the problem says so, and its text stays short.
func TestCROnlyLineEndings(t *testing.T) {
	src := strings.Repeat(strings.ReplaceAll(goodSource+goodMutual, "\n", "\r"), 20000)
	_, err := LoadBytes("mac.toml", []byte(src))
	ps := problems(t, err)
	if !strings.Contains(ps[0].Hint, "end in CR alone") {
		t.Errorf("hint: %q", ps[0].Hint)
	}
	if n := len(err.Error()); n > 1000 {
		t.Errorf("the report is %d bytes for a %d-byte file", n, len(src))
	}
}
