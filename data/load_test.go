package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const goodSource = `[[source]]
id = "src"
title = "A source"
`

const goodMutual = `[[mutual]]
id = "swindon"
name = "Swindon health and social care"
location = "Swindon"
service_area = ["community health"]
staff_groups = ["NHS staff"]
summary = "A co-operative."
sources = ["src"]
`

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func problems(t *testing.T, err error) []Problem {
	t.Helper()
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("want a *LoadError, got %v", err)
	}
	return le.Problems
}

// find is the first problem whose message holds want, or else the first.
func find(ps []Problem, want string) Problem {
	for _, p := range ps {
		if strings.Contains(p.Message, want) {
			return p
		}
	}
	return ps[0]
}

func TestLoadGood(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.toml", goodSource)
	write(t, dir, "b.toml", goodMutual)
	write(t, dir, "notes.txt", "ignored")
	ds, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Mutuals) != 1 || len(ds.Sources) != 1 || ds.Mutuals[0].ID != "swindon" {
		t.Fatalf("got %d mutuals, %d sources", len(ds.Mutuals), len(ds.Sources))
	}
}

func TestLoadWave(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int
	}{{"wave = 1\n", 1}, {"wave = 2 # February 2011\n", 2}, {"", 0}} {
		dir := t.TempDir()
		write(t, dir, "a.toml", goodSource+strings.Replace(goodMutual, "location =", tc.line+"location =", 1))
		ds, err := Load(context.Background(), []string{dir}, nil)
		if err != nil {
			t.Fatalf("%q: %v", tc.line, err)
		}
		if got := ds.Mutuals[0].Wave; got != tc.want {
			t.Errorf("%q: wave %d, want %d", tc.line, got, tc.want)
		}
	}
}

func TestLoadEmbedded(t *testing.T) {
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Mutuals) != 17 || len(ds.Programmes) != 1 || ds.Programmes[0].Total != 0 {
		t.Fatalf("want the 17 pathfinders the sources name, in one programme whose total is in readings, got %s", ds.Recorded())
	}
	var totals []string
	for _, r := range ds.Programmes[0].Readings {
		if r.Field == "total" {
			totals = append(totals, r.Value)
		}
	}
	if !reflect.DeepEqual(totals, []string{"21", "22"}) {
		t.Errorf("the programme's total: readings %v, want 21 and 22", totals)
	}
	waves := map[int][]string{}
	for _, m := range ds.Mutuals {
		waves[m.Wave] = append(waves[m.Wave], m.ID)
	}
	if len(waves[1]) != 12 || !reflect.DeepEqual(waves[2], []string{"blackpool", "stockport", "havering"}) || !reflect.DeepEqual(waves[0], []string{"newham", "evolve-yp"}) {
		t.Errorf("waves: %v; want the twelve in 1, Blackpool, Stockport and Havering (the Guardian, 2 February 2011) in 2, the rest unknown", waves)
	}
	for _, m := range ds.Mutuals {
		if len(m.Sources) == 0 || m.Outcome == "" {
			t.Errorf("%s: every record names its sources and an outcome", m.ID)
		}
		// only one pairing of a mentor with a pathfinder is in any source:
		// KPMG with Leicester (Hammersmith and Fulham's John Lewis
		// Partnership mentor, advising on 3BM's shares in December 2011, is
		// a dated event, not an assignment)
		if len(m.Mentors) > 0 && m.ID != "leicester" {
			t.Errorf("%s: no source names a mentor for it", m.ID)
		}
	}
}

// TestBadInput covers every class of bad input: each must name the file,
// the line and say what is wrong.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		file  string // which file the first problem names
		line  int
		col   int
		want  string // in the message
		hint  string // in the hint
	}{
		{"syntax", map[string]string{"a.toml": goodSource + "[[mutual]]\nid = \"x\nname = 1\n"}, "a.toml", 5, 8, "TOML syntax", "fix the TOML"},
		{"unknown key", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, "service_area", "sevice_area", 1)}, "a.toml", 8, 1, `unknown key "sevice_area"`, "did you mean service_area?"},
		{"event as a table", map[string]string{"a.toml": goodSource + goodMutual + "[mutual.event]\ndate = \"2010\"\n"}, "a.toml", 12, 1, "must be an array of tables", "under its own [[mutual.event]] header"},
		{"missing field", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, "name = \"Swindon health and social care\"\n", "", 1)}, "a.toml", 4, 1, `[[mutual]] "swindon" has no name`, "add a line name ="},
		{"wrong type", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, `["community health"]`, `"community health"`, 1)}, "a.toml", 8, 1, "service_area in [[mutual]] \"swindon\" must be an array of strings, not a string", "write it as a list"},
		{"wrong item type", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, `["NHS staff"]`, `["NHS staff", 3]`, 1)}, "a.toml", 9, 1, "staff_groups[1]", "quote every item"},
		{"bad id", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, `id = "swindon"`, `id = "Swin don"`, 1)}, "a.toml", 5, 1, `id "Swin don" is not a valid id`, "lower-case"},
		{"duplicate id across files", map[string]string{"a.toml": goodSource + goodMutual, "b.toml": strings.Replace(goodMutual, "A co-operative.", "Another.", 1)}, "b.toml", 2, 1, `mutual "swindon" is defined differently here (first defined at`, "give your copy an id of its own"},
		{"duplicate id in one file", map[string]string{"a.toml": goodSource + goodMutual + goodMutual}, "a.toml", 13, 1, `duplicate mutual id "swindon" (first defined at`, "unique across all loaded files"},
		{"unknown source", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, `sources = ["src"]`, `sources = ["scr"]`, 1)}, "a.toml", 11, 1, `source "scr" is cited but no [[source]] defines it`, "did you mean src?"},
		{"empty dataset", map[string]string{"a.toml": goodSource}, "a.toml", 0, 0, "no mutuals", "add at least one [[mutual]]"},
		{"bad date", map[string]string{"a.toml": strings.Replace(goodSource, "title", "date = \"August 2010\"\ntitle", 1) + goodMutual}, "a.toml", 3, 1, `date "August 2010" in [[source]] "src" is not a date`, `"2010-08"`},
		{"unknown event kind", map[string]string{"a.toml": goodSource + goodMutual + "[[mutual.event]]\ndate = \"2011\"\nkind = \"born\"\ntext = \"x\"\nsources = [\"src\"]\n"}, "a.toml", 14, 1, `unknown event kind "born"`, "use one of"},
		{"not UTF-8", map[string]string{"a.toml": goodSource + "# caf\xe9\n" + goodMutual}, "a.toml", 4, 6, "not UTF-8", "save it as UTF-8"},
		{"wave out of range", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, "location =", "wave = 3\nlocation =", 1)}, "a.toml", 7, 1, `wave 3 in [[mutual]] "swindon" is not 1 or 2`, "leave it out when the wave is unknown"},
		{"wave quoted", map[string]string{"a.toml": goodSource + strings.Replace(goodMutual, "location =", "wave = \"2\"\nlocation =", 1)}, "a.toml", 7, 1, `wave in [[mutual]] "swindon" must be an integer, not a string`, "without quotes: wave = 2"},
		{"total quoted", map[string]string{"a.toml": "[programme]\ntotal = \"22\"\n" + goodSource + goodMutual}, "a.toml", 2, 1, `total in [programme] must be an integer, not a string`, "total = 22"},
		{"total not a count", map[string]string{"a.toml": "[programme]\ntotal = 0\n" + goodSource + goodMutual}, "a.toml", 2, 1, `total 0 in [programme] is not a count of mutuals`, "leave it out when no source says"},
		{"unknown top-level key", map[string]string{"a.toml": "mutuals = 1\n" + goodSource + goodMutual}, "a.toml", 1, 1, `unknown key "mutuals" in the file`, "did you mean mutual?"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			var paths []string
			for name, text := range tc.files {
				write(t, dir, name, text)
			}
			paths = append(paths, dir)
			_, err := Load(context.Background(), paths, nil)
			p := find(problems(t, err), tc.want)
			if !strings.HasSuffix(p.File, tc.file) || p.Line != tc.line || (tc.col > 0 && p.Column() != tc.col) {
				t.Errorf("at %s:%d:%d, want %s:%d:%d", p.File, p.Line, p.Column(), tc.file, tc.line, tc.col)
			}
			if !strings.Contains(p.Message, tc.want) {
				t.Errorf("message %q lacks %q", p.Message, tc.want)
			}
			if !strings.Contains(p.Hint, tc.hint) {
				t.Errorf("hint %q lacks %q", p.Hint, tc.hint)
			}
		})
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path, want, hint string
	}{
		{filepath.Join(dir, "missing.toml"), "no such file or directory", "check the path"},
		{empty, "the directory has no .toml files", "point --data at"},
		{big, "over the 64 MiB limit", "split it"},
	}
	for _, tc := range cases {
		_, err := Load(context.Background(), []string{tc.path}, nil)
		p := problems(t, err)[0]
		if p.File != tc.path || !strings.Contains(p.Message, tc.want) || !strings.Contains(p.Hint, tc.hint) {
			t.Errorf("%s: got %s", tc.path, p)
		}
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	p := write(t, t.TempDir(), "a.toml", goodSource+goodMutual)
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	_, err := Load(context.Background(), []string{p}, nil)
	if got := problems(t, err)[0]; got.Message != "permission denied" {
		t.Errorf("got %s", got)
	}
}

func TestAllProblemsTogether(t *testing.T) {
	var b strings.Builder
	b.WriteString(goodSource)
	for i := range 25 {
		b.WriteString(strings.Replace(goodMutual, `id = "swindon"`, fmt.Sprintf(`id = "m%d"`, i), 1))
		b.WriteString("colour = \"red\"\n")
	}
	_, err := LoadBytes("many.toml", []byte(b.String()))
	if n := len(problems(t, err)); n != 25 {
		t.Fatalf("want 25 problems, got %d", n)
	}
	text := err.Error()
	if strings.Count(text, `unknown key "colour"`) != maxShown || !strings.Contains(text, "… and 5 more problems") {
		t.Errorf("want %d shown then a count:\n%s", maxShown, text)
	}
}

// TestProblemShowsLineAndCaret: the case too. One typo gave two
// problems, an unknown key and a missing one; it is one problem now, at
// the typo, naming the record it leaves without the key and its line.
func TestProblemShowsLineAndCaret(t *testing.T) {
	_, err := LoadBytes("x.toml", []byte(goodSource+strings.Replace(goodMutual, "service_area", "sevice_area", 1)))
	want := "x.toml:8:1: unknown key \"sevice_area\" in [[mutual]] \"swindon\", so it has no service_area\n" +
		"  8 | sevice_area = [\"community health\"]\n" +
		"    | ^\n" +
		"  also x.toml:4: [[mutual]] \"swindon\" begins here, with no service_area\n" +
		"  hint: did you mean service_area?\n"
	ps := problems(t, err)
	if got := find(ps, "sevice_area").String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if len(ps) != 1 {
		t.Errorf("one typo, %d problems: %v", len(ps), ps)
	}
	// A misspelling of an optional key is one problem too, with no
	// missing key to speak of beyond it.
	_, err = LoadBytes("x.toml", []byte(goodSource+strings.Replace(goodMutual, "name =", "nmae =", 1)))
	if ps := problems(t, err); len(ps) != 1 || !strings.Contains(ps[0].Message, "so it has no name") {
		t.Errorf("nmae for name: %v", ps)
	}
}

func TestCaretUnderWideAndControlCharacters(t *testing.T) {
	text := "name = \"東京\x1b[31m\" oops"
	p := Problem{File: "x.toml", Line: 3, Col: strings.Index(text, "oops") + 1, Text: text, Message: "m"}
	out := p.String()
	if strings.ContainsRune(out, 0x1b) {
		t.Fatal("an escape character reached the output")
	}
	lines := strings.Split(out, "\n")
	// "name = \"" is 8 cells, 東京 4, ␛[31m 5, "\" " 2: oops starts at cell 19.
	if got := strings.Index(lines[2], "^") - len("  3 | "); got != 19 {
		t.Errorf("caret at cell %d, want 19:\n%s", got, out)
	}
	if p.Column() != 18 {
		t.Errorf("column %d, want 18 characters", p.Column())
	}
}

// TestCRLFReadsAsLF: a file saved with CRLF line ends loads as its LF
// copy does, multi-line strings included (TOML lets a reader make their
// line breaks its own); a \r\n written as escapes stays.
func TestCRLFReadsAsLF(t *testing.T) {
	lf := goodSource + strings.Replace(goodMutual, `summary = "A co-operative."`, "summary = \"\"\"\nRuns care.\nSecond line \\r\\n escaped.\n\"\"\"\npartners = [\n  \"a\", # one\n  '''b\nc''',\n]", 1)
	want, err := LoadBytes("lf.toml", []byte(lf))
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadBytes("crlf.toml", []byte(strings.ReplaceAll(lf, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Mutuals, want.Mutuals) {
		t.Errorf("CRLF loads %q / %q, LF %q / %q", got.Mutuals[0].Summary, got.Mutuals[0].Partners, want.Mutuals[0].Summary, want.Mutuals[0].Partners)
	}
	if s := want.Mutuals[0].Summary; !strings.Contains(s, "Runs care.\nSecond line \r\n escaped.") {
		t.Errorf("the summary reads %q", s)
	}
}
