package data

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestEveryProblemInOneReport: problems of every kind, in several files,
// come in one report, sorted by file and line, with syntax errors stopping
// only the file they are in.
func TestEveryProblemInOneReport(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.toml", goodSource+strings.Replace(goodMutual, `sources = ["src"]`, "sources = [\"nope\"]\ncolour = \"red\"", 1))
	b := write(t, dir, "b.toml", goodMutual+"[[source]]\nid = \"s2\"\ntitle = \"T\"\ndate = \"2011-02-29\"\n")
	_, err := Load(context.Background(), []string{dir}, nil)
	ps := problems(t, err)
	want := []struct {
		file string
		line int
		msg  string
	}{
		{a, 11, `source "nope" is cited but no [[source]] defines it`},
		{a, 12, `unknown key "colour"`},
		{b, 2, `mutual "swindon" is defined differently here`},
		{b, 12, `date "2011-02-29"`},
	}
	if len(ps) != len(want) {
		t.Fatalf("want %d problems, got %d:\n%v", len(want), len(ps), err)
	}
	for i, w := range want {
		if ps[i].File != w.file || ps[i].Line != w.line || !strings.Contains(ps[i].Message, w.msg) {
			t.Errorf("problem %d: got %s:%d %q, want %s:%d %q", i, ps[i].File, ps[i].Line, ps[i].Message, w.file, w.line, w.msg)
		}
	}

	// A missing path and a file that is not TOML stop only themselves;
	// citations are then not checked, since the broken file may define them.
	c := write(t, dir, "c.toml", "x = \"never closed\n")
	_, err = Load(context.Background(), []string{filepath.Join(dir, "missing.toml"), c, a, b}, nil)
	ps = problems(t, err)
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(p.File), p.Line, p.Message))
	}
	if len(ps) != 5 || !strings.Contains(got[0], "missing.toml:0 no such file") || !strings.Contains(got[1], "c.toml:1 TOML syntax") ||
		!strings.Contains(got[2], "a.toml:12 unknown key") || !strings.Contains(got[3], `b.toml:2 mutual "swindon" is defined differently`) || !strings.Contains(got[4], "b.toml:12 date") {
		t.Errorf("got\n%s", strings.Join(got, "\n"))
	}
}

// TestManyProblemsCounted: past maxKept, problems are counted, not kept,
// and the report still says how many there are.
func TestManyProblemsCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString(goodSource + goodMutual)
	for i := range 30000 {
		fmt.Fprintf(&b, "[[source]]\nid = \"s%d\"\n", i) // each has no title
	}
	var err error
	got := datatest.Allocated(func() { _, err = LoadBytes("many.toml", []byte(b.String())) })
	le := err.(*LoadError)
	if len(le.Problems) != maxKept || le.Dropped != 30000-maxKept {
		t.Fatalf("kept %d, counted %d more", len(le.Problems), le.Dropped)
	}
	text := le.Error()
	if !strings.Contains(text, "… and 29980 more problems") || !strings.HasSuffix(text, "30000 problems: nothing was loaded") {
		t.Errorf("the report ends:\n%s", text[len(text)-200:])
	}
	if limit := uint64(160 * b.Len()); got > limit {
		t.Errorf("allocated %d bytes for a %d-byte file", got, b.Len())
	}
	if testing.Verbose() {
		t.Logf("allocated %d bytes, %.0fx the file", got, float64(got)/float64(b.Len()))
	}
}

// TestFirstProblemsKept: past maxKept, the problems kept are the first by
// position, whichever parser reads the file and in whatever order it
// checks things (the full parser's path checks the sources before the
// mutuals, wherever they are written).
//
// The quick suite proves it with fewer problems kept than the program
// keeps; .ci/run's heavy run with the program's own number.
func TestFirstProblemsKept(t *testing.T) {
	if !datatest.Heavy() {
		keep := maxKept
		maxKept = 300
		t.Cleanup(func() { maxKept = keep })
	}
	nameless := strings.Replace(goodMutual, "name = \"Swindon health and social care\"\n", "", 1)
	for _, fast := range []bool{true, false} {
		var b strings.Builder
		b.WriteString(goodSource)
		for i := range maxKept + maxKept/2 {
			b.WriteString(strings.Replace(nameless, `"swindon"`, fmt.Sprintf(`"m%d"`, i), 1))
		}
		firstSource := strings.Count(b.String(), "\n") + 1
		for i := range maxKept / 2 {
			fmt.Fprintf(&b, "[[source]]\nid = \"s%d\"\n", i) // no title
		}
		if !fast {
			b.WriteString("[[source]]\nid = \"float\"\ntitle = \"A source\"\nnote = 1.5\n") // not in the fast subset
		}
		_, err := LoadBytes("many.toml", []byte(b.String()))
		le := err.(*LoadError)
		if len(le.Problems) != maxKept {
			t.Fatalf("fast %v: kept %d", fast, len(le.Problems))
		}
		for i, p := range le.Problems {
			if p.Line >= firstSource || (i > 0 && p.Line < le.Problems[i-1].Line) {
				t.Fatalf("fast %v: problem %d of those kept is at line %d (the sources start at %d): %s", fast, i, p.Line, firstSource, p.Message)
			}
		}
	}
}
