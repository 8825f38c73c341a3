package data

import (
	"context"
	"github.com/BurntSushi/toml"
	"reflect"
	"strings"
	"testing"
)

// fileProblems is what one file's decode reports, placed and in order,
// with or without the fast parser.
func fileProblems(src string, fast bool) []Problem {
	_, ps, _ := decodeWith(context.Background(), "f.toml", src, nil, fast)
	loc := newLocator(map[string]string{"f.toml": src})
	for i := range ps {
		ps[i] = loc.locate(ps[i])
	}
	sortProblems(ps, []string{"f.toml"})
	return ps
}

// sameSchema checks the property the two parsers share: for what the fast
// parser reads itself, the full parser's path reports the same problems.
func sameSchema(t *testing.T, src string) {
	t.Helper()
	if _, ok := fastTree(src); !ok {
		return
	}
	fast, full := fileProblems(src, true), fileProblems(src, false)
	if !reflect.DeepEqual(fast, full) {
		t.Fatalf("the parsers apply different schemas to\n%s\nfast: %v\nfull: %v", src, fast, full)
	}
}

func TestOneSchema(t *testing.T) {
	srcs := []string{
		pathfinders,
		goodSource + goodMutual,
		"[mutual]\nid = \"x\"\n" + goodSource,
		"[source]\nid = \"x\"\n" + goodMutual,
		"mutual = \"junk\"\n" + goodSource,
		"source = \"junk\"\n" + goodMutual,
		"source = [\"junk\"]\n",
		"[[programme]]\nname = \"p\"\n",
		goodSource + goodMutual + "event = \"x\"\nreading = []\n",
		goodSource + goodMutual + "[[mutual.event]]\ndate = \"2012-02-30\"\n[[mutual.colour]]\nx = \"y\"\n",
		strings.Replace(goodSource+goodMutual, `"Swindon"`, `"\u200b"`, 1),
		// what the fast parser reads since it reads through data/lex
		"programme.name = \"P\"\nprogramme.colour = 1\n" + goodSource + goodMutual,
		"[ programme ]\nname = 'P'\n[[programme.pool]]\nwave = 9\n[[programme.pool]]\nmentors = 'x'\n" + goodSource + goodMutual,
		strings.ReplaceAll(goodSource+goodMutual, "id = ", "\"id\" = "),
		goodSource + goodMutual + "wave = 0x10\n'colour' = \"\"\"\r\nred\r\n\"\"\"\n",
	}
	for _, src := range srcs {
		if _, ok := fastTree(src); !ok {
			t.Errorf("the fast parser should read this itself:\n%s", src)
		}
		sameSchema(t, src)
	}
}

// TestNoRecordLost: a [mutual] or [source] with single brackets, or a
// mutual = … value, is a problem whichever parser reads the file.
func TestNoRecordLost(t *testing.T) {
	cases := []struct{ src, want string }{
		{goodSource + "[mutual]\nid = \"x\"\n", "mutual in the file must be an array of tables, not a table"},
		{goodMutual + "[source]\nid = \"src\"\ntitle = \"t\"\n", "source in the file must be an array of tables, not a table"},
		{"mutual = \"junk\"\n" + goodSource, "mutual in the file must be an array of tables, not a string"},
		{"source = \"junk\"\n" + goodMutual, "source in the file must be an array of tables, not a string"},
	}
	for _, tc := range cases {
		_, err := LoadBytes("f.toml", []byte(tc.src))
		if p := find(problems(t, err), tc.want); !strings.Contains(p.Message, tc.want) || p.Line < 1 {
			t.Errorf("%q: got %v", tc.src, err)
		}
	}
}

// TestCalendarDates: a date must be a day on the calendar, and a TOML date
// or time where a date string belongs says how to write it.
func TestCalendarDates(t *testing.T) {
	cases := []struct{ date, want, hint string }{
		{`"2012-02-30"`, `date "2012-02-30" in [[source]] "src" is not a date`, "on the calendar"},
		{`"2011-02-29"`, `is not a date`, `"2010-08-12"`},
		{`"0000"`, `is not a date`, `"2010"`},
		{`"0000-01-01"`, `is not a date`, `"2010"`},
		{`"2010-13"`, `is not a date`, `"2010-08"`},
		{`" 2010"`, `is not a date`, `"2010"`},
		{`10:00:00`, `date in [[source]] "src" must be a string, not a TOML time`, `write it in quotes: date = "2010-08-12"`},
		{`2010-08-12T10:00:00`, `must be a string, not a TOML date-time`, `date = "2010-08-12"`},
		{`2010-08-12T10:00:00Z`, `must be a string, not a TOML date-time`, `date = "2010-08-12"`},
		{`2010-08-12`, `must be a string, not a TOML date`, `date = "2010-08-12"`},
	}
	for _, tc := range cases {
		src := strings.Replace(goodSource, "title", "date = "+tc.date+"\ntitle", 1) + goodMutual
		_, err := LoadBytes("f.toml", []byte(src))
		ps := problems(t, err)
		if len(ps) != 1 || ps[0].Line != 3 || !strings.Contains(ps[0].Message, tc.want) || !strings.Contains(ps[0].Hint, tc.hint) {
			t.Errorf("date = %s: got %v", tc.date, err)
		}
	}
	for _, good := range []string{"2012-02-29", "2000-02-29", "0001", "2010-08", "9999-12-31"} {
		src := strings.Replace(goodSource, "title", "date = \""+good+"\"\ntitle", 1) + goodMutual
		if _, err := LoadBytes("f.toml", []byte(src)); err != nil {
			t.Errorf("%s should load: %v", good, err)
		}
	}
}

// TestInvisibleIsMissing: a required field made only of characters that
// draw nothing is empty.
func TestInvisibleIsMissing(t *testing.T) {
	for _, v := range []string{`"\u200b"`, `"\u200b\u200d\ufeff"`, `" \t"`, `"\u3164"`, `"\u2060\u00a0"`} {
		src := goodSource + strings.Replace(goodMutual, `"Swindon"`, v, 1)
		_, err := LoadBytes("f.toml", []byte(src))
		ps := problems(t, err)
		if len(ps) != 1 || ps[0].Message != `location is empty in [[mutual]] "swindon"` {
			t.Errorf("location = %s: got %v", v, err)
		}
		src = goodSource + strings.Replace(goodMutual, `["NHS staff"]`, "["+v+"]", 1)
		if ps := problems(t, second(LoadBytes("f.toml", []byte(src)))); len(ps) != 1 || !strings.Contains(ps[0].Message, "staff_groups is empty") {
			t.Errorf("staff_groups = [%s]: got %v", v, ps)
		}
	}
	if _, err := LoadBytes("f.toml", []byte(goodSource+strings.Replace(goodMutual, `"Swindon"`, `"\u200bSwindon"`, 1))); err != nil {
		t.Errorf("visible text with a zero-width space loads: %v", err)
	}
}

func second[A, B any](_ A, b B) B { return b }

// TestOneByteOrderMark: a file may start with one byte-order mark; what
// follows is read as the TOML parser reads it in the whole file, so that a
// second mark is never dropped by one parser and refused by the other.
func TestOneByteOrderMark(t *testing.T) {
	if _, err := LoadBytes("one.toml", []byte(bom+goodSource+goodMutual)); err != nil {
		t.Fatalf("one mark: %v", err)
	}
	for _, text := range []string{bom + bom + goodSource + goodMutual, bom + bom + "# a comment\n" + goodSource + goodMutual, bom + bom + "0"} {
		_, err := LoadBytes("two.toml", []byte(text))
		var raw map[string]any
		_, tomlErr := toml.Decode(text, &raw)
		if (err == nil) != (tomlErr == nil) {
			t.Errorf("two marks then %q: the loader says %v, the TOML parser %v", text[2*len(bom):], err, tomlErr)
		}
	}
}
