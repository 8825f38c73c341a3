package data

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSyntaxProblemPlace: a TOML mistake is reported where it is, not
// where the string or token around it begins: a bad escape at its
// backslash, a control character at itself (counted as the other
// problems count columns, in characters), a string never closed where it
// opens.
func TestSyntaxProblemPlace(t *testing.T) {
	long := strings.Repeat("A long summary line.\n", 400)
	cases := []struct {
		name, src string
		line, col int // col in characters, as Column counts
		under     string
	}{
		{"escape in a multi-line string", "x = \"\"\"\nline2\nline3 \\q\"\"\"\n", 3, 7, `\`},
		{"escape in a multi-line string, CRLF", "x = \"\"\"\r\nline2\r\nline3 \\q\"\"\"\r\n", 3, 7, `\`},
		{"escape in a multi-line array", "x = [\n  \"a\",\n  \"\"\"\nb \\q\"\"\",\n]\n", 4, 3, `\`},
		{"escape in a one-line string", "x = \"C:\\Users\"\n", 1, 8, `\`},
		{"\\U after a long string", "s = \"\"\"\n" + long + "x \\U0000zz\n\"\"\"\n", 402, 3, `\`},
		{"\\u of a surrogate", "s = \"ab \\uD800\"\n", 1, 9, `\`},
		{"escaped backslash then a bad escape", "s = \"\\\\\\q\"\n", 1, 8, `\`},
		{"control after two-byte runes", "name = \"éé\x01\"\n", 1, 11, "␁"},
		{"control after a four-byte rune", "name = \"a😀\x01\"\n", 1, 11, "␁"},
		{"control first in a string", "name = \"\x01\"\n", 1, 9, "␁"},
		{"NUL", "a = 1\nname = \"x\x00\"\n", 2, 10, "␀"},
		{"DEL", "name = \"\x7f\"\n", 1, 9, "␡"},
		{"form feed", "name = \"\x0c\"\n", 1, 9, "␌"},
		{"control in a comment", "a = 1 # note \x01\n", 1, 14, "␁"},
		{"control first in the file", "\x01a = 1\n", 1, 1, "␁"},
		{"multi-line string never closed", "a = 1\nx = \"\"\"\nabc\ndef\n", 2, 5, `"`},
		{"multi-line literal never closed", "x = '''\nabc\n", 1, 5, `'`},
		{"never closed, escaped quotes in it", "x = \"\"\"a\\\"\"\"\nb\n", 1, 5, `"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadBytes("f.toml", []byte(tc.src))
			ps := problems(t, err)
			p := ps[0]
			if p.Line != tc.line || p.Column() != tc.col {
				t.Errorf("at %d:%d, want %d:%d: %s", p.Line, p.Column(), tc.line, tc.col, p)
			}
			s := p.String()
			if strings.ContainsRune(s, '\uFFFD') {
				t.Errorf("the snippet is garbled:\n%s", s)
			}
			lines := strings.Split(s, "\n")
			if len(lines) < 3 {
				t.Fatalf("no snippet:\n%s", s)
			}
			if !strings.Contains(lines[2], "^") {
				t.Fatalf("no caret:\n%s", s)
			}
			if got := underCaret(lines[1], lines[2]); got != tc.under {
				t.Errorf("the caret is under %q, want %q:\n%s", got, tc.under, s)
			}
		})
	}
}

// underCaret is the character of the snippet line above the caret.
func underCaret(snippet, caret string) string {
	at := ansi.StringWidth(caret) - 1
	return ansi.Cut(snippet, at, at+1)
}

// TestProblemWordsBounded: whatever a file holds, a problem quotes a few
// dozen characters of it at most, cut with "…", and its words stay short:
// a string of megabytes before a bad escape, an id, a key, a value.
func TestProblemWordsBounded(t *testing.T) {
	huge := strings.Repeat("a", 1<<20)
	cases := map[string]string{
		"bad \\U after a long multi-line string": "s = \"\"\"\n" + strings.Repeat(huge+"\n", 4) + "\\U0000zz\n\"\"\"\n",
		"bad \\x after a long one-line string":   "s = \"" + huge + "\\xzz\"\n",
		"bad float":                              "s = 1." + strings.Repeat("1", 1<<20) + ".5\n",
		"long id and unknown keys": goodSource + strings.Replace(goodMutual, `"swindon"`, `"`+huge+`"`, 1) +
			"bogus = 1\nstatus = \"" + huge + "\"\nreading = []\n",
		"long key":          goodSource + goodMutual + `"` + strings.Repeat("k", 250) + "\" = 1\n",
		"long cited source": goodSource + strings.Replace(goodMutual, `["src"]`, `["`+huge+`"]`, 1),
	}
	for name, src := range cases {
		_, err := LoadBytes("f.toml", []byte(src))
		ps := problems(t, err)
		for _, p := range ps {
			for _, words := range []string{p.Message, p.Hint, p.AlsoText} {
				if n := len([]rune(words)); n > maxWords {
					t.Errorf("%s: %d characters: %.200s…", name, n, words)
				}
				if strings.Contains(words, strings.Repeat("a", maxQuoted+1)) || strings.Contains(words, strings.Repeat("k", maxQuoted+1)) {
					t.Errorf("%s: quotes more than %d characters: %.200s…", name, maxQuoted, words)
				}
			}
		}
		if n := len(err.Error()); n > 4000 {
			t.Errorf("%s: the report is %d bytes", name, n)
		}
	}
}

// TestProblemWordsKeepTheirMeaning: a long token the TOML parser quotes in
// its own words (a number out of range, a key defined twice) is cut, not
// the sentence: the reason survives, whatever the token's length.
func TestProblemWordsKeepTheirMeaning(t *testing.T) {
	y := strings.Repeat("y", 250)
	cases := map[string]struct{ src, want string }{
		"a number of 300 digits":   {goodSource + strings.Replace(goodMutual, "[[mutual]]\n", "[[mutual]]\nwave = "+strings.Repeat("9", 300)+"\n", 1), "out of range"},
		"a number of 1,000 digits": {"n = " + strings.Repeat("1", 1000) + "\n", "out of range"},
		"a long key twice":         {"[" + y + "." + y + "." + y + "]\n[" + y + "." + y + "." + y + "]\n", "already been defined"},
	}
	for name, tc := range cases {
		_, err := LoadBytes("f.toml", []byte(tc.src))
		for _, p := range problems(t, err) {
			if !strings.Contains(p.Message, tc.want) || len([]rune(p.Message)) > 160 {
				t.Errorf("%s: %d characters, want %q in a short message: %.300s", name, len([]rune(p.Message)), tc.want, p.Message)
			}
		}
	}
}

// TestCRHints: a file whose lines end in CR alone is told to convert them;
// a stray CR in a file of CRLF or LF lines is told to go, not the whole
// file converted (tr would double every CRLF's line break).
func TestCRHints(t *testing.T) {
	for name, tc := range map[string]struct{ src, want, not string }{
		"old Mac lines":  {"a = 1\rb = 2\rc = 3\r", "CR alone", "delete"},
		"stray CR, CRLF": {"a = 1\r\n# a note\r here\r\nb = 2\r\n", "delete", "CR alone"},
		"stray CR, LF":   {"a = 1\nb = 2\r\nc = 3 \r\n# x\ry\n", "delete", "CR alone"},
	} {
		_, err := LoadBytes("f.toml", []byte(tc.src))
		ps := problems(t, err)
		if len(ps) == 0 || !strings.Contains(ps[0].Hint, tc.want) || strings.Contains(ps[0].Hint, tc.not) {
			t.Errorf("%s: %+v, want a hint with %q", name, ps, tc.want)
		}
	}
}
