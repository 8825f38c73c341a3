package data

import (
	"context"
	"slices"
	"strings"
	"testing"
)

const goodProgramme = `[[programme]]
id = "mine"
name = "My register"
sources = ["src"]

[[programme.pool]]
wave = 1
mentors = ["Example Mentors Ltd"]
sources = ["src"]
`

// TestProgrammeProblems: each problem of programmes and status is placed at
// its file, line and column, with a hint, and nothing loads.
func TestProgrammeProblems(t *testing.T) {
	withStatus := func(lines string) string {
		return goodSource + strings.Replace(goodMutual, "summary =", lines+"summary =", 1)
	}
	launched := "[[mutual.event]]\ndate = \"2016\"\nkind = \"launched\"\ntext = \"x\"\nsources = [\"src\"]\n"
	other := strings.Replace(goodProgramme, `name = "My register"`, `name = "Someone else's"`, 1)
	cases := []struct {
		name       string
		files      map[string]string
		file       string
		line, col  int
		want, hint string
	}{
		{"a programme no file defines", map[string]string{"a.toml": withStatus("programme = \"mien\"\n") + goodProgramme}, "a.toml", 10, 1,
			`programme "mien" is named but no [[programme]] defines it`, "did you mean mine?"},
		{"two different programmes with one id", map[string]string{"a.toml": goodProgramme + goodSource + goodMutual, "b.toml": other}, "b.toml", 1, 1,
			`programme "mine" is defined differently here (first defined at `, "make them match"},
		{"two different sources with one id", map[string]string{"a.toml": goodSource + goodMutual, "b.toml": strings.Replace(goodSource, "A source", "Another", 1)}, "b.toml", 2, 1,
			`source "src" is defined differently here (first defined at `, "make them match"},
		{"a status outside the vocabulary", map[string]string{"a.toml": withStatus("status = \"spun out\"\nstatus_sources = [\"src\"]\n")}, "a.toml", 10, 1,
			`unknown status "spun out"`, "planned, running, ended, dropped, unknown"},
		{"a status without its sources", map[string]string{"a.toml": withStatus("status = \"running\"\n")}, "a.toml", 4, 1,
			`has no status_sources`, "status_sources = "},
		{"a status date without a status", map[string]string{"a.toml": withStatus("status_date = \"2020\"\n")}, "a.toml", 4, 1,
			`has no status`, `status = "running"`},
		{"a status the events contradict", map[string]string{"a.toml": withStatus("status = \"ended\"\nstatus_date = \"2015\"\nstatus_sources = [\"src\"]\n") + launched}, "a.toml", 10, 1,
			`status "ended" as of 2015, but a later event (2016) makes it running`, "give the date"},
		{"a pool with no mentors", map[string]string{"a.toml": strings.Replace(goodProgramme, "mentors = [\"Example Mentors Ltd\"]\n", "", 1) + goodSource + goodMutual}, "a.toml", 6, 1,
			`[[programme]] "mine" [[programme.pool]] has no mentors`, "mentors = "},
		{"a pool's wave out of range", map[string]string{"a.toml": strings.Replace(goodProgramme, "wave = 1", "wave = 7", 1) + goodSource + goodMutual}, "a.toml", 7, 1,
			`wave 7 in [[programme]] "mine" [[programme.pool]] is not 1 or 2`, "leave it out"},
		{"an unknown key in a pool", map[string]string{"a.toml": strings.Replace(goodProgramme, "wave = 1", "wav = 1", 1) + goodSource + goodMutual}, "a.toml", 7, 1,
			`unknown key "wav"`, "did you mean wave?"},
		{"a programme without an id", map[string]string{"a.toml": "[[programme]]\nname = \"x\"\n" + goodSource + goodMutual}, "a.toml", 1, 1,
			`[[programme]] has no id`, "add a line id ="},
		{"a reading on a field programmes do not have", map[string]string{"a.toml": goodProgramme + "[[programme.reading]]\nfield = \"wave\"\nvalue = \"2\"\nsources = [\"src\"]\n" + goodSource + goodMutual}, "a.toml", 11, 1,
			`unknown field "wave"`, "[[programme]] key, such as total"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.files {
				write(t, dir, name, text)
			}
			ds, err := Load(context.Background(), []string{dir}, nil)
			if ds != nil {
				t.Fatal("a dataset with a problem loaded")
			}
			p := find(problems(t, err), tc.want)
			if !strings.HasSuffix(p.File, tc.file) || p.Line != tc.line || p.Column() != tc.col {
				t.Errorf("at %s:%d:%d, want %s:%d:%d (%s)", p.File, p.Line, p.Column(), tc.file, tc.line, tc.col, p.Message)
			}
			if !strings.Contains(p.Message, tc.want) {
				t.Errorf("message %q lacks %q", p.Message, tc.want)
			}
			if !strings.Contains(p.Hint, tc.hint) {
				t.Errorf("hint %q lacks %q", p.Hint, tc.hint)
			}
			if p.Text == "" {
				t.Errorf("no line shown under %q", p.Message)
			}
		})
	}
}

// TestProgrammeMembership: a file's one programme is given to its mutuals
// that name none; a mutual can name one from another file; a programme or
// source defined alike in two files is one; the old [programme] loads as a
// programme whose pool is offered to all.
func TestProgrammeMembership(t *testing.T) {
	dir := t.TempDir()
	second := strings.Replace(goodMutual, `id = "swindon"`, `id = "leicester"`, 1)
	third := strings.Replace(goodMutual, `id = "swindon"`, `id = "kent"`, 1)
	write(t, dir, "a.toml", goodProgramme+goodSource+strings.Replace(goodMutual, "summary =", "wave = 1\nsummary =", 1)) // one programme: swindon's
	write(t, dir, "b.toml", goodProgramme+goodSource+strings.Replace(second, "summary =", "wave = 2\nsummary =", 1))     // the same again: one
	write(t, dir, "c.toml", "[programme]\nname = \"Old style\"\nmentor_pool = [\"KPMG\"]\nsources = [\"src\"]\n\n"+third)
	ds, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Programmes) != 2 || len(ds.Sources) != 1 {
		t.Fatalf("want the programmes mine and old-style and one source, got %+v and %d sources", ds.Programmes, len(ds.Sources))
	}
	want := map[string]string{"swindon": "mine", "leicester": "mine", "kent": "old-style"}
	for id, prog := range want {
		m, err := ds.Find(id)
		if err != nil || m.Programme != prog {
			t.Errorf("%s belongs to %q, want %q", id, m.Programme, prog)
		}
	}
	pools := map[string][]string{"swindon": {"Example Mentors Ltd"}, "leicester": nil, "kent": {"KPMG"}}
	for id, mentors := range pools {
		m, _ := ds.Find(id)
		pool, ok := ds.PoolOf(m)
		if ok != (mentors != nil) || !slices.Equal(pool.Mentors, mentors) {
			t.Errorf("%s is offered %v, want %v (wave %d)", id, pool.Mentors, mentors, m.Wave)
		}
	}
	if got := ds.Recorded(); got != "2 My register · 1 Old style" {
		t.Errorf("Recorded() = %q", got)
	}
}

// TestFileWithTwoProgrammes: a file holding two programmes gives neither
// to a mutual that names none.
func TestFileWithTwoProgrammes(t *testing.T) {
	two := goodProgramme + strings.Replace(goodProgramme, `id = "mine"`, `id = "theirs"`, 1)
	ds, err := LoadBytes("a.toml", []byte(two+goodSource+goodMutual))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Mutuals[0].Programme != "" {
		t.Errorf("with two programmes in its file, swindon was given %q", ds.Mutuals[0].Programme)
	}
}

func TestProgrammesInOneSchema(t *testing.T) {
	for _, src := range []string{
		goodProgramme + goodSource + goodMutual,
		goodProgramme + "[[programme.reading]]\nfield = \"total\"\nvalue = \"21\"\nsources = [\"src\"]\n" + goodSource + goodMutual + "status = \"runing\"\n",
		goodProgramme + "[[programme.colour]]\nx = 1\n" + goodSource + goodMutual,
	} {
		if _, ok := fastTree(src); !ok {
			t.Errorf("the fast parser should read this itself:\n%s", src)
		}
		sameSchema(t, src)
	}
}

// TestCopiedMutualIsOne: a mutual defined alike in two files (a copy made
// with show -f toml) is one mutual.
func TestCopiedMutualIsOne(t *testing.T) {
	dir := t.TempDir()
	second := strings.Replace(goodMutual, `id = "swindon"`, `id = "leicester"`, 1)
	write(t, dir, "a.toml", goodSource+goodMutual+second)
	write(t, dir, "b.toml", goodSource+goodMutual)
	ds, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Mutuals) != 2 || ds.Mutuals[0].ID != "swindon" || ds.Mutuals[1].ID != "leicester" {
		t.Errorf("want swindon and leicester once each, got %d mutuals", len(ds.Mutuals))
	}
}
