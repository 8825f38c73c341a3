package lex

import (
	"fmt"
	"strings"
	"testing"
)

func TestQuoted(t *testing.T) {
	cases := []struct {
		src, want string
		ok        bool // Value reads it
		line      int  // the scanner's line after it
	}{
		{`"plain"`, "plain", true, 1},
		{`'lit \n'`, `lit \n`, true, 1},
		{`"esc \" \\ \t \u00e9 \U0001F331"`, "esc \" \\ \t é 🌱", true, 1},
		{`"bad \x"`, "", false, 1},
		{`"toml 1.1 \e \x41 \xe9"`, "toml 1.1 \x1b A é", true, 1},
		{`"bad \x4"`, "", false, 1},
		{`"bad \xg1"`, "", false, 1},
		{`"short \u00e"`, "", false, 1},
		{"\"ctl \x01\"", "", false, 1},
		{"\"\"\"\nfirst break dropped\n\"\"\"", "first break dropped\n", true, 3},
		{"\"\"\"\r\ncrlf\r\n\"\"\"", "crlf\r\n", true, 3},
		{"\"\"\"one \\\n   \n  two\"\"\"", "one two", true, 3},
		{"'''a''''", "a'", true, 1},
		{"\"\"\"bare\rcr\"\"\"", "", false, 1},
	}
	for _, c := range cases {
		s := newScanner(c.src)
		x, closed := s.quoted(true)
		got, ok := x.value()
		if !closed || ok != c.ok || got != c.want || s.line != c.line || !s.done() {
			t.Errorf("%q: got %q %v (closed %v, line %d, rest %q), want %q %v on line %d",
				c.src, got, ok, closed, s.line, s.rest(), c.want, c.ok, c.line)
		}
	}
	for _, src := range []string{`"open`, "\"line\nbreak\"", `"""never closed`, "'"} {
		if _, closed := newScanner(src).quoted(true); closed {
			t.Errorf("%q: read as closed", src)
		}
	}
}

// TestBadEscape: the first escape TOML refuses in a string's text, at its
// backslash, past escaped backslashes and line-ending backslashes.
func TestBadEscape(t *testing.T) {
	cases := map[string]int{
		`fine \e \x41 \u00e9 \U0001F331 \\`: -1,
		`C:\Users`:                          2,
		`\\\q`:                              2,
		"one \\  \n two \\q":                13,
		"one \\\r\n two \\ x":               12,
		`\uD800`:                            0,
		`ab \U0000zz`:                       3,
		`\x4`:                               0,
	}
	for s, want := range cases {
		if got := BadEscape(s); got != want {
			t.Errorf("%q: %d, want %d", s, got, want)
		}
	}
}

// TestUnclosed: where the multi-line string a file ends in opens.
func TestUnclosed(t *testing.T) {
	cases := []struct {
		src, delim string
		want       int
	}{
		{"x = \"\"\"\nabc", `"""`, 4},
		{"a = \"\"\"s\"\"\"\nx = \"\"\"\nabc", `"""`, 16},
		{"x = \"\"\"\"abc", `"""`, 4},
		{"x = \"\"\"a\\\"\"\"\nb", `"""`, 4},
		{"x = \"\"\"a\\\\\"\"\"\nx = \"\"\"", `"""`, 18},
		{"x = '''\nab''", `'''`, 4},
		{"x = 1", `"""`, -1},
	}
	for _, c := range cases {
		if got := Unclosed(c.src, c.delim); got != c.want {
			t.Errorf("%q: %d, want %d", c.src, got, c.want)
		}
	}
}

func TestInteger(t *testing.T) {
	good := map[string]int64{"0": 0, "7": 7, "+7": 7, "-7": -7, "1_000": 1000, "0x1F": 31, "0o17": 15, "0b101": 5,
		"9223372036854775807": 1<<63 - 1, "-9223372036854775808": -1 << 63}
	for src, want := range good {
		if n, ok := newScanner(src + " # c").integer(); !ok || n != want {
			t.Errorf("%q: got %d %v, want %d", src, n, ok, want)
		}
	}
	for _, src := range []string{"01", "+0x1", "0X1", "0x", "0x_1", "1__0", "1_", "_1", "1.5", "1e3", "1979-05-27", "+", "-inf", "9223372036854775808"} {
		if n, ok := newScanner(src).integer(); ok {
			t.Errorf("%q: read as %d", src, n)
		}
	}
}

func TestWalkPositions(t *testing.T) {
	src := "top = 1\n[[mutual]]\n  id = \"x\" # c\nsummary = \"\"\"\n[[not.a.header]]\nkey = 1\n\"\"\"\n" +
		"list = [\n  \"a\", # ]\n  'b',\n]\n[ \"quoted\" . 'two' ]\nx = {a = 1, b.c = [2]}\n"
	var got []string
	if b := Walk(src, func(e *Event) bool {
		got = append(got, fmt.Sprintf("%d %v %s %d:%d", e.Kind, e.Array, strings.Join(e.Names, "."), e.Line, e.Col))
		return true
	}); b != nil {
		t.Fatalf("past a bound: %+v", b)
	}
	want := []string{"1 false top 1:1", "0 true mutual 2:1", "1 false id 3:3", "1 false summary 4:1",
		"1 false list 8:1", "0 false quoted.two 12:1", "1 false x 13:1", "2 false x 13:5", "2 false a 13:6", "2 false b.c 13:13"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkBounds(t *testing.T) {
	cases := []struct {
		src  string
		want Bound
	}{
		{"[" + strings.Repeat("a.", 8) + "a]\n", Bound{Depth: 9}},
		{"x = 1\na = " + strings.Repeat("[", 8) + strings.Repeat("]", 8) + "\n", Bound{Depth: 9, At: 17}},
		{"x = {" + strings.Repeat("a.", 6) + "a = 1}\n", Bound{Depth: 9, At: 5}},
		{"\n" + strings.Repeat("k", MaxKeyLen+3) + " = 1\n", Bound{KeyLen: MaxKeyLen + 3, At: 1}},
		{"a = 1\nb = \"" + strings.Repeat("x", MaxLineLen) + "\"\n", Bound{Line: 2, At: 6}},
		{"a = \"\"\"\n" + strings.Repeat("x", MaxLineLen+1) + "\n\"\"\"\n", Bound{Line: 2, At: 8}},
	}
	for _, c := range cases {
		b := Walk(c.src, func(*Event) bool { return true })
		if b == nil || *b != c.want {
			t.Errorf("%.40q…: got %+v, want %+v", c.src, b, c.want)
		}
	}
	stops := 0
	if b := Walk("a = 1\nb = 2\n", func(*Event) bool { stops++; return false }); b != nil || stops != 1 {
		t.Errorf("visit's false did not stop the walk: %+v after %d", b, stops)
	}
}

// TestWalkReadsWhole: the lines the walk reads whole carry their value and
// are OK; any other is marked not OK or skipped, and the walk goes on.
func TestWalkReadsWhole(t *testing.T) {
	cases := []struct {
		src, want string
	}{
		{"a = \"x\" # c\n", "Key OK a \"x\""},
		{"'q' = '''\nl\n'''\n", "Key OK q \"l\\n\""},
		{"a = -1_000\n", "Key OK a -1000"},
		{"a = -0x1F\n", "Key no a"},
		{"a = [\n 'x', # c\n \"y\",\n]\n", "Key OK a [x y]"},
		{"[[mutual.event]]  # c\n", "Header OK [[mutual event]]"},
		{"[ a . \"b\" ]\n", "Header OK [a b]"},
		{"a = 1979-05-27\n", "Key no a"},
		{"a = \"x\" b = 1\n", "Key no a"},
		{"a = [1]\n", "Key no a"},
		{"a = {b = 1}\n", "Key no a|Inline no a|Inline no b"},
		{"a = \"\\q\"\n", "Key no a"},
		{"a.\"\\q\" = 1\n", "Key no a \\q"},
		{"[a]]\n", "Header no [a]"},
		{"[[a]\n", "Header no [[a]]"},
		{"[a] x\n", "Header no [a]"},
		{"# \x01\n", "Skipped"},
		{"\r\r\n", "Skipped"},
		{"a = 1\r\r\n", "Key no a"},
		{"a b\n", "Skipped"},
		{"= 1\n", "Skipped"},
		{"[]\n", "Skipped"},
	}
	kinds := []string{"Header", "Key", "Inline", "Skipped"}
	for _, c := range cases {
		var got []string
		Walk(c.src+"z = 1\n", func(e *Event) bool {
			s := kinds[e.Kind]
			switch ok := map[bool]string{true: " OK", false: " no"}[e.OK]; {
			case e.Kind == Header && e.Array:
				s += fmt.Sprintf("%s [%v]", ok, e.Names)
			case e.Kind == Header:
				s += fmt.Sprintf("%s %v", ok, e.Names)
			case e.Kind != Skipped:
				s += ok + " " + strings.Join(e.Names, " ")
			}
			if e.Kind == Key && e.OK {
				s += " " + [...]string{fmt.Sprintf("%q", e.Value.Str), fmt.Sprint(e.Value.Int), fmt.Sprint(e.Value.Strs)}[e.Value.Kind]
			}
			got = append(got, s)
			return true
		})
		if want := c.want + "|Key OK z 1"; strings.Join(got, "|") != want {
			t.Errorf("%q:\ngot  %s\nwant %s", c.src, strings.Join(got, "|"), want)
		}
	}
}
