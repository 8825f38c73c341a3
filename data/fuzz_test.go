package data_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// fuzzSource and fuzzMutual make a small file that loads.
const fuzzSource = `[[source]]
id = "src"
title = "A source"
`

const fuzzMutual = `[[mutual]]
id = "swindon"
name = "Swindon health and social care"
location = "Swindon"
service_area = ["community health"]
staff_groups = ["NHS staff"]
summary = "A co-operative."
sources = ["src"]
`

// loadSeeds are inputs every FuzzLoad run starts from (as well as the files
// under testdata/fuzz/FuzzLoad): the embedded dataset, small files that load
// and one of every kind of mistake.
func loadSeeds(t testing.TB) [][]byte {
	embedded, err := os.ReadFile("pathfinders.toml")
	if err != nil {
		t.Fatal(err)
	}
	good := fuzzSource + fuzzMutual
	event := good + "[[mutual.event]]\ndate = \"2011-04\"\nkind = \"launched\"\ntext = \"Went live.\"\nsources = [\"src\"]\n"
	seeds := []string{
		string(embedded),
		good,
		event,
		"[programme]\nname = \"P\"\nmentor_pool = [\"KPMG\"]\nsources = [\"src\"]\n" + good,
		"",
		"\n",
		"# only a comment\n",
		fuzzSource,
		"a = 1",
		strings.Replace(good, "service_area", "sevice_area", 1),            // unknown key
		strings.Replace(good, `["NHS staff"]`, `"NHS staff"`, 1),           // wrong type
		strings.Replace(good, `["NHS staff"]`, `["NHS staff", 3]`, 1),      // wrong item type
		strings.Replace(good, `id = "swindon"`, `id = "Swin don"`, 1),      // bad id
		strings.Replace(good, `sources = ["src"]`, `sources = ["scr"]`, 1), // unknown source
		strings.Replace(event, "launched", "born", 1),                      // unknown event kind
		strings.Replace(event, "2011-04", "April 2011", 1),                 // bad date
		good + fuzzMutual,                      // duplicate id
		"[programme]\n[programme]\n" + good,    // table defined twice
		"mutual = 1\n",                         // wrong type for [[mutual]]
		"[mutual]\nid = \"x\"\n",               // a table, not an array of tables
		strings.ReplaceAll(good, "\n", "\r\n"), // CRLF
		strings.ReplaceAll(good, "\n", "\r"),   // bare CR
		"\uFEFF" + good,                        // UTF-8 byte-order mark
		"\uFEFF\uFEFF" + good,                  // two marks: the TOML parser rejects the second
		"\uFEFF" + strings.Replace(good, "service_area", "sevice_area", 1), // BOM, then a problem on line 1
		good + "# caf\xe9\n",  // not UTF-8
		"\xff\xfe[\x00[\x00",  // UTF-16
		"\x00\x00\x00",        // NUL bytes
		"a = [[[[[[1]]]]]]\n", // deep nesting
		"a = " + strings.Repeat("[", 200) + strings.Repeat("]", 200) + "\n",
		"a = {b = {c = {d = {e = 1}}}}\n",
		good + "summary2 = \"\\u001b[31mred\"\n",     // an escape sequence inside a string
		"\"\\u001b[31m\" = 1\n\"\\u001b[31m\" = 2\n", // ...in a key, defined twice
		"\"\\u001b]0;title\\u0007\" = 1\n",           // an OSC sequence in a key
		strings.Replace(good, "A co-operative.", "\\u001b[2J", 1),
		"[[mutual]]\nid = \"x\"\nname = \"\"\"\nmulti\nline\"\"\"\n",
		"[[mutual]]\nid = 'x'\nname = '''\n[[not a header]]\n'''\nlocation = 3\n",
		"[mutual.event]\ndate = 1\n",
		"[[mutual.event]]\ndate = 1\n",
		"[[mutual]]\n[[mutual.reading]]\nfield = \"colour\"\nvalue = 1\n",
		"a.b.c = 1\n\"quoted.key\" = 2\n'literal' = 3\n",
		"x = \"unterminated\n",
		"x = \"\"\"never closed\n",
		"[table\n",
		"[[mutual]]\nid = \"東京\"\nname = \"東京 🏥 café\"\n",
		"name = \"\t\ttabs\"\n\tkey = 1\n",
		"x = 1979-05-27T07:32:00Z\n[[mutual]]\nid = 1979-05-27\n",
		"x = \"\u202egnp.exe\"\n",
		// issue 10: one schema, calendar dates, invisible text, bounds
		fuzzSource + "[mutual]\nid = \"x\"\n",
		"mutual = \"junk\"\nsource = \"junk\"\n" + fuzzMutual,
		strings.Replace(event, "2011-04", "2011-02-29", 1),
		strings.Replace(event, "\"2011-04\"", "10:00:00", 1),
		strings.Replace(event, "\"2011-04\"", "2011-04-01T10:00:00Z", 1),
		strings.Replace(good, "\"Swindon\"", "\"\u200b\"", 1),
		"[" + strings.Repeat("a.", 20) + "a]\n",
		"x = " + strings.Repeat("{a=", 20) + "1" + strings.Repeat("}", 20) + "\n",
		"x = {" + strings.Repeat("a.", 20) + "a=1}\n" + good,
		strings.Repeat("k", 300) + " = 1\n",
		strings.ReplaceAll(good, "\n", "\r") + "[[mutual]]\r",
	}
	out := make([][]byte, len(seeds))
	for i, s := range seeds {
		out[i] = []byte(s)
	}
	return out
}

// FuzzLoad feeds arbitrary bytes to the loader. It must not panic or hang;
// it either loads at least one mutual or returns a *data.LoadError whose
// problems point inside the input; and the error's text is safe to print on
// a terminal.
func FuzzLoad(f *testing.F) {
	for _, s := range loadSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkParse(t, "fuzz.toml", b)
	})
}

// checkParse loads b and fails t for every property FuzzLoad relies on
// that does not hold.
func checkParse(t *testing.T, name string, b []byte) result {
	t.Helper()
	r := inspect(name, b)
	for _, f := range r.failures {
		t.Error(f)
	}
	return r
}

// result is what the loader returned for one input and what is wrong with it.
type result struct {
	ds       *model.Dataset
	le       *data.LoadError
	failures []string // properties that do not hold
}

// inspect loads b and checks what the loader promises: no panic or hang;
// either at least one mutual or a *data.LoadError with problems that point
// inside the input; error text that is safe to print on a terminal; and the
// same reading of the file as BurntSushi/toml (see compareWithTOML).
func inspect(name string, b []byte) (r result) {
	fail := func(format string, args ...any) { r.failures = append(r.failures, fmt.Sprintf(format, args...)) }
	start := time.Now()
	ds, err := data.LoadBytes(name, b)
	if d := time.Since(start); d > 5*time.Second {
		fail("the load took %v on %d bytes", d, len(b))
	}
	defer func() { r.failures = append(r.failures, compareWithTOML(b, r)...) }()
	if err == nil {
		r.ds = ds
		if ds == nil || len(ds.Mutuals) == 0 {
			fail("the load succeeded without mutuals: %+v", ds)
		}
		return r
	}
	if !errors.As(err, &r.le) {
		fail("error is %T, not *data.LoadError: %v", err, err)
		return r
	}
	if len(r.le.Problems) == 0 {
		fail("LoadError with no problems")
		return r
	}
	at, isSyntax := syntaxAt(b)
	for i, p := range r.le.Problems {
		if isSyntax && strings.HasPrefix(p.Message, "TOML syntax:") && !at.fits(b, p) {
			// See TestSyntaxPosition and TestSyntaxProblemPlace.
			fail("TOML syntax error reported at %d:%d, but the parser found it at byte %d, which is %d:%d, up to byte %d",
				p.Line, p.Col, at.start, at.line, at.col, at.end)
		} else if k, ok := unknownKey(p); ok && !strings.Contains(p.Text, k) {
			// See TestKeyPosition.
			fail("unknown key %q reported at %d:%d, on a line that does not hold it: %q", k, p.Line, p.Col, p.Text)
		} else if msg := checkProblem(p, b); msg != "" {
			fail("problem %d: %s\n%#v", i, msg, p)
		}
		if msg := unsafeText(p.String()); msg != "" {
			fail("problem %d: String() %s:\n%q", i, msg, p.String())
		}
	}
	if msg := unsafeText(r.le.Error()); msg != "" {
		fail("Error() %s:\n%q", msg, r.le.Error())
	}
	return r
}

// compareWithTOML checks the loader against BurntSushi/toml, which the
// loader falls back to when its own fast parser gives up: they must agree
// on whether b is TOML, and on every value of a dataset that loads.
func compareWithTOML(b []byte, r result) []string {
	if !utf8.Valid(b) {
		return nil
	}
	var raw map[string]any
	_, err := toml.Decode(string(b), &raw) // it drops one byte-order mark itself
	syntax := ""
	if r.le != nil {
		for _, p := range r.le.Problems {
			if strings.HasPrefix(p.Message, "TOML syntax:") {
				syntax = p.Message
				break
			}
		}
	}
	switch {
	case err != nil && r.ds != nil:
		return []string{fmt.Sprintf("loaded a file the TOML parser rejects: %v", err)}
	case err != nil && r.le != nil && syntax == "" && !pastBound(r.le):
		return []string{fmt.Sprintf("the TOML parser rejects the file (%v), but the loader reports no TOML problem, only: %s", err, r.le.Problems[0].Message)}
	case err == nil && syntax != "":
		return []string{fmt.Sprintf("the TOML parser reads the file, but the loader says: %s", syntax)}
	case err != nil || r.ds == nil:
		return nil
	}
	var out []string
	mutuals, _ := raw["mutual"].([]map[string]any)
	if len(mutuals) != len(r.ds.Mutuals) {
		return []string{fmt.Sprintf("loaded %d mutuals, the TOML parser reads %d", len(r.ds.Mutuals), len(mutuals))}
	}
	for i, m := range mutuals {
		got := r.ds.Mutuals[i]
		want := model.Mutual{
			ID: tomlStr(m["id"]), Name: tomlStr(m["name"]), Location: tomlStr(m["location"]), Region: tomlStr(m["region"]),
			ServiceArea: tomlList(m["service_area"]), StaffGroups: tomlList(m["staff_groups"]), Mentors: tomlList(m["mentors"]),
			LegalForm: tomlStr(m["legal_form"]), Partners: tomlList(m["partners"]), Became: tomlStr(m["became"]),
			Outcome: tomlStr(m["outcome"]), Summary: tomlStr(m["summary"]), Sources: tomlList(m["sources"]),
		}
		events, _ := m["event"].([]map[string]any)
		for _, e := range events {
			want.Events = append(want.Events, model.Event{Date: tomlStr(e["date"]), Kind: tomlStr(e["kind"]), Text: tomlStr(e["text"]), Sources: tomlList(e["sources"])})
		}
		readings, _ := m["reading"].([]map[string]any)
		for _, rd := range readings {
			want.Readings = append(want.Readings, model.Reading{Field: tomlStr(rd["field"]), Value: tomlStr(rd["value"]), Sources: tomlList(rd["sources"])})
		}
		if !sameMutual(got, want) {
			out = append(out, fmt.Sprintf("mutual %d loaded as\n%#v\nthe TOML parser reads\n%#v", i, got, want))
		}
	}
	sources, _ := raw["source"].([]map[string]any)
	if len(sources) != len(r.ds.Sources) {
		return append(out, fmt.Sprintf("loaded %d sources, the TOML parser reads %d", len(r.ds.Sources), len(sources)))
	}
	for i, s := range sources {
		want := model.Source{ID: tomlStr(s["id"]), Title: tomlStr(s["title"]), Publisher: tomlStr(s["publisher"]),
			Author: tomlStr(s["author"]), Date: tomlStr(s["date"]), URL: tomlStr(s["url"]), Note: tomlStr(s["note"])}
		if got := r.ds.Sources[i]; got != want {
			out = append(out, fmt.Sprintf("source %d loaded as %#v, the TOML parser reads %#v", i, got, want))
		}
	}
	if p, ok := raw["programme"].(map[string]any); ok {
		var got model.Programme
		if len(r.ds.Programmes) > 0 {
			got = r.ds.Programmes[0]
		}
		want := model.Programme{Name: tomlStr(p["name"]), Announced: tomlStr(p["announced"]), Summary: tomlStr(p["summary"]), Sources: tomlList(p["sources"])}
		var pool []string
		if len(got.Pools) > 0 {
			pool = got.Pools[0].Mentors
		}
		if got.Name != want.Name || got.Announced != want.Announced || got.Summary != want.Summary ||
			!slices.Equal(pool, tomlList(p["mentor_pool"])) || !slices.Equal(got.Sources, want.Sources) {
			out = append(out, fmt.Sprintf("programme loaded as %#v, the TOML parser reads %#v", got, want))
		}
	}
	return out
}

// pastBound says whether the load stopped at a bound on depth, key or
// line length, or on keys the format does not have, which are checked
// before the TOML parser runs.
func pastBound(le *data.LoadError) bool {
	for _, p := range le.Problems {
		if strings.Contains(p.Message, "past the limit of") || strings.Contains(p.Message, "MiB long") {
			return true
		}
	}
	return false
}

// tomlStr is a decoded TOML value as the loader reads a string: dates are
// accepted as their text.
func tomlStr(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case time.Time:
		return v.Format("2006-01-02")
	}
	return ""
}

func tomlList(v any) []string {
	var out []string
	items, _ := v.([]any)
	for _, it := range items {
		out = append(out, tomlStr(it))
	}
	return out
}

// sameMutual compares two mutuals, a nil list being the same as an empty
// one.
func sameMutual(a, b model.Mutual) bool {
	if a.ID != b.ID || a.Name != b.Name || a.Location != b.Location || a.Region != b.Region ||
		a.LegalForm != b.LegalForm || a.Became != b.Became || a.Outcome != b.Outcome || a.Summary != b.Summary ||
		!slices.Equal(a.ServiceArea, b.ServiceArea) || !slices.Equal(a.StaffGroups, b.StaffGroups) ||
		!slices.Equal(a.Mentors, b.Mentors) || !slices.Equal(a.Partners, b.Partners) || !slices.Equal(a.Sources, b.Sources) ||
		len(a.Events) != len(b.Events) || len(a.Readings) != len(b.Readings) {
		return false
	}
	for i, e := range a.Events {
		f := b.Events[i]
		if e.Date != f.Date || e.Kind != f.Kind || e.Text != f.Text || !slices.Equal(e.Sources, f.Sources) {
			return false
		}
	}
	for i, r := range a.Readings {
		q := b.Readings[i]
		if r.Field != q.Field || r.Value != q.Value || !slices.Equal(r.Sources, q.Sources) {
			return false
		}
	}
	return true
}

// bareKey is a key TOML lets a file write without quotes, so the line that
// defines it holds it as it is.
var bareKey = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// unknownKey is the key an "unknown key" problem names, when it is a bare
// key.
func unknownKey(p data.Problem) (string, bool) {
	rest, ok := strings.CutPrefix(p.Message, "unknown key ")
	if !ok {
		return "", false
	}
	quoted, _, _ := strings.Cut(rest, " in ")
	k, err := strconv.Unquote(quoted)
	if err != nil || !bareKey.MatchString(k) {
		return "", false
	}
	return k, true
}

// position is where the TOML parser says the syntax error is: its byte
// offset in the file after any byte-order mark, the line and byte column
// that offset is at, and the offset its reading stopped at.
type position struct{ start, line, col, end int }

// fits says whether p, a syntax problem, is where the parser found it: at
// its offset; or inside what it read, at the backslash of an escape or at
// a character TOML refuses (the parser puts a mistake inside a string
// where the string opens, a control character one byte early); or, for a
// multi-line string never closed, at the quotes that open it.
func (at position) fits(b []byte, p data.Problem) bool {
	if p.Line == at.line && p.Col == at.col {
		return true
	}
	src := strings.TrimPrefix(string(b), "\uFEFF")
	i := offsetOf(src, p.Line, p.Col)
	switch {
	case i < 0 || i >= len(src):
		return false
	case strings.Contains(p.Message, "not closed by the end of the file"):
		return i < at.end && (strings.HasPrefix(src[i:], `"""`) || strings.HasPrefix(src[i:], "'''"))
	}
	c := src[i]
	refused := c == '\\' || c < 0x20 && c != '\t' && c != '\n' || c == 0x7f
	return i >= at.start && i <= at.end && refused
}

// offsetOf is the byte offset of a line and byte column, from 1; -1 past
// the text.
func offsetOf(src string, line, col int) int {
	at := 0
	for range line - 1 {
		k := strings.IndexByte(src[at:], '\n')
		if k < 0 {
			return -1
		}
		at += k + 1
	}
	return at + col - 1
}

// syntaxAt is where the TOML parser finds a syntax error in b, if it does,
// worked out from the byte offset it reports.
func syntaxAt(b []byte) (position, bool) {
	if !utf8.Valid(b) {
		return position{}, false // the loader stops before parsing
	}
	src := strings.TrimPrefix(string(b), "\uFEFF") // what its offsets count in
	var v map[string]any
	_, err := toml.Decode(string(b), &v)
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return position{}, false
	}
	start := min(max(pe.Position.Start, 0), len(src))
	before := src[:start]
	nl := strings.LastIndexByte(before, '\n')
	end := min(start+max(pe.Position.Len, 1), len(src))
	return position{start: start, line: strings.Count(before, "\n") + 1, col: start - nl, end: end}, true
}

// checkProblem says what is wrong with where p points in src, or "".
func checkProblem(p data.Problem, src []byte) string {
	if p.File == "" {
		return "no file name"
	}
	if p.Message == "" {
		return "no message"
	}
	if p.Line == 0 {
		// Only problems with the data as a whole have no line.
		if !strings.HasPrefix(p.Message, "no mutuals") {
			return fmt.Sprintf("line 0 for a problem that is not file-level: %q", p.Message)
		}
		return ""
	}
	// The last line a problem may name is the one after the last newline
	// (an error at the end of the file is reported there).
	lines := bytes.Count(src, []byte("\n")) + 1
	if p.Line < 0 || p.Line > lines {
		return fmt.Sprintf("line %d outside the input's %d lines", p.Line, lines)
	}
	if p.Col < 1 {
		return fmt.Sprintf("column %d on line %d", p.Col, p.Line)
	}
	raw := rawLine(src, p.Line)
	if p.Col > len(raw)+1 {
		return fmt.Sprintf("column %d past the end of line %d (%d bytes: %q)", p.Col, p.Line, len(raw), raw)
	}
	want := strings.TrimRight(strings.TrimPrefix(raw, "\uFEFF"), "\r")
	if got := p.Text; got != want && strings.TrimPrefix(got, "\uFEFF") != want {
		return fmt.Sprintf("Text %q is not line %d of the input, %q", p.Text, p.Line, want)
	}
	if c := p.Column(); c < 1 || c > p.Col {
		return fmt.Sprintf("Column() = %d for byte column %d", c, p.Col)
	}
	return ""
}

// rawLine is line n (from 1) of src, without its '\n'.
func rawLine(src []byte, n int) string {
	lines := strings.Split(string(src), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// unsafeText says why s must not be written to a terminal, or "": it holds
// ESC or another C0 control (other than the line breaks it is laid out
// with).
func unsafeText(s string) string {
	if i := strings.IndexByte(s, 0x1b); i >= 0 {
		return fmt.Sprintf("holds ESC at byte %d", i)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' {
			return fmt.Sprintf("holds control byte %#02x at byte %d", c, i)
		}
	}
	if !utf8.ValidString(s) {
		return "is not UTF-8"
	}
	return ""
}

// TestSyntaxPosition: a TOML syntax error is reported where the TOML
// parser found it. BurntSushi/toml v1.6.0 works out
// toml.ParseError.Position's Line and Col apart from its byte offset
// (Position.Start), and they can disagree with it: the column is counted
// from the previous line when the error is at column 1, the line is one
// too far when the error is the newline ending a line, and one too few (0
// on line 1) for a string cut off by a CRLF. The loader places the error
// by the byte offset; these are the cases that showed the disagreement.
func TestSyntaxPosition(t *testing.T) {
	cases := []struct {
		name, src string
		line, col int
	}{
		{"duplicate key at column 1", "a = 1\na = 2\n", 2, 1},
		{"bad value at column 1", "a = [\n00]\n", 2, 1},
		{"table header cut off by a newline", "[table\n", 1, 7},
		{"string cut off by CRLF", "a = 1\nb = \"x\r\n", 2, 7},
		{"string cut off by CRLF on line 1", "\"\r\n", 1, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if at, ok := syntaxAt([]byte(tc.src)); !ok || at.line != tc.line || at.col != tc.col {
				t.Fatalf("the TOML parser puts the error at %+v (ok %v), not %d:%d", at, ok, tc.line, tc.col)
			}
			_, err := data.LoadBytes("x.toml", []byte(tc.src))
			var le *data.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("want a *data.LoadError, got %v", err)
			}
			p := le.Problems[0]
			if p.Line != tc.line || p.Col != tc.col {
				t.Errorf("%q: TOML syntax error reported at %d:%d, want %d:%d:\n%s", tc.src, p.Line, p.Col, tc.line, tc.col, p)
			}
		})
	}
}

// TestKeyPosition: an unknown key is reported on the line that writes it,
// including the tables that a dotted key or a dotted header creates on the
// way, keys after a multi-line basic string with an escaped quote, and
// keys after a literal key with a backslash. Each of these was once put on
// the enclosing table's line, or at 1:1.
func TestKeyPosition(t *testing.T) {
	good := fuzzSource + fuzzMutual
	cases := []struct {
		name, before, at, key string
	}{
		{"array of tables [[mutuals]]", good + "\n", "[[mutuals]]\nid = \"x\"\n", "mutuals"},
		{"dotted header [extra.info]", good + "\n", "[extra.info]\nx = 1\n", "extra"},
		{"dotted key in a [[mutual]]", good, "colour.name = \"red\"\n", "colour"},
		{"after a multi-line string with an escaped quote", good + "[programme]\nsummary = \"\"\"x\\\"\"\"\"\"\"\n", "colour = 1\n", "colour"},
		{"literal key with a backslash", good, "'\\n' = 1\n", `\n`},
		// TOML 1.1's escapes, which the full parser reads
		{"key with \\e in a [[mutual]]", good, `"x\e" = 1` + "\n", "x\x1b"},
		{"key with \\x in a [[mutual]]", good, `"k\x41" = 1` + "\n", "kA"},
		{"key with \\e at the top", "\n\n", `"top\e" = 1` + "\n" + good, "top\x1b"},
		{"header with \\e", good + "\n", `[["wh\eat"]]` + "\nx = 1\n", "wh\x1bat"},
		{"header with \\x", good + "\n", `["wh\x41t"]` + "\nx = 1\n", "whAt"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.before + tc.at
			line := strings.Count(tc.before, "\n") + 1
			_, err := data.LoadBytes("x.toml", []byte(src))
			var le *data.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("want a *data.LoadError, got %v", err)
			}
			want := fmt.Sprintf("unknown key %q", tc.key)
			for _, p := range le.Problems {
				if !strings.HasPrefix(p.Message, want) {
					continue
				}
				if p.Line != line || p.Col != 1 {
					t.Errorf("%q reported at %d:%d, want %d:1:\n%s", tc.key, p.Line, p.Col, line, p)
				}
				return
			}
			t.Fatalf("no problem says %s: %v", want, err)
		})
	}
}
