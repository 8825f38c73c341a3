package data

import (
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/data/datatest"
)

// fastTree runs the fast parser and puts the elements it hands out back
// into a tree shaped like the full parser's.
func fastTree(src string) (map[string]any, bool) {
	arrays := map[string][]map[string]any{}
	root, ok, _ := fastParse("", src, func(array string, i int, m map[string]any, _ int) bool {
		arrays[array] = append(arrays[array], cloneTable(m)) // m is reused
		return true
	})
	if !ok {
		return nil, false
	}
	for name, list := range arrays {
		root[name] = list
	}
	return root, true
}

// cloneTable copies a table the fast parser hands out, with its arrays
// and sub-tables.
func cloneTable(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		switch v := v.(type) {
		case map[string]any:
			out[k] = cloneTable(v)
		case []map[string]any:
			list := make([]map[string]any, len(v))
			for i, e := range v {
				list[i] = cloneTable(e)
			}
			out[k] = list
		case []any:
			out[k] = slices.Clone(v)
		case *strList:
			items := make([]any, len(v.items))
			for i, s := range v.items {
				items[i] = s
			}
			out[k] = items
		default:
			out[k] = v
		}
	}
	return out
}

// agree checks the property the fast parser rests on: whatever it accepts,
// the full parser accepts too and reads the same way.
func agree(t *testing.T, src string) bool {
	t.Helper()
	fast, ok := fastTree(src)
	if !ok {
		return false
	}
	var full map[string]any
	if _, err := toml.Decode(src, &full); err != nil {
		t.Fatalf("the fast parser accepted what TOML rejects (%v):\n%s", err, src)
	}
	if !reflect.DeepEqual(fast, full) {
		t.Fatalf("the parsers disagree on\n%s\nfast: %#v\nfull: %#v", src, fast, full)
	}
	return true
}

func TestFastParserAgrees(t *testing.T) {
	accepted := []string{
		pathfinders,
		string(datatest.Synthetic(200, 9)),
		"",
		"# only a comment\n\n",
		"[[mutual]]\r\nid = \"crlf\"\r\nname = 'literal \\n stays'\r\n",
		"a = \"esc \\\" \\\\ \\n \\t \\u00e9 \\U0001F331\"\n",
		// TOML 1.1's escapes, which the full parser reads
		"a = \"esc \\e \\x41 \\xe9 \\x7F\"\nb = \"\"\"\\e\n\\x41\"\"\"\n\"k\\x41\\e\" = 1\n[\"wh\\x41t\"]\nx = 1\n",
		"list = [\n  \"a\", # comment\n  'b',\n]\nempty = []\n",
		"[programme]\nname = \"p\"\n[[mutual]]\nid = \"m\"\n[[mutual.event]]\ndate = \"2011\"\n[[mutual.event]]\ndate = \"2012\"\n[[source]]\nid = \"s\"\n[[mutual]]\nid = \"n\"\n",
		"key-with_dashes = \"x\"   # trailing comment\n",
		"[[unknown]]\nx = \"y\"\n",
		"a = 1\n",
		"[[mutual]]\nwave = 2 # February 2011\nb = 0\n",
		"a = \"\"\"multi\"\"\"\n",
		"a = \"\"\"\nfirst line break dropped\n  indent kept\n\"\"\"\n",
		"a = '''\nliteral \\n stays\n'''\nb = '''x''''\n",
		"a = \"\"\"one \\\n    two \\  \n\n  three\"\"\"\n",
		"a = \"\"\"quote \\\" and \"\" inside \\u00e9 \\\\\n\"\"\"\"\"\n",
		"list = [\"\"\"a\nb\"\"\", '''c''']\n",
		"[[mutual]]\nid = \"m\"\nsummary = \"\"\"\nA long summary,\nover lines.\n\"\"\"\n",
		// CRLF files keep their line breaks in multi-line strings
		"a = \"\"\"multi\r\nline\"\"\"\r\n",
		"a = \"\"\"\r\nfirst\r\n\"\"\"\r\nb = '''\r\nx\r\n'''\r\n",
		"a = \"\"\"one \\ \r\n  \r\n two\"\"\"\r\n",
		"a = \"\"\"\\ \r\n\"\"\"\n",
		// integers as TOML writes them
		"a = +1\nb = -1\nc = 1_000\nd = 0x1f\ne = 0o17\nf = 0b101\ng = -0\nh = 0xDEAD_beef\n",
		"a = 9223372036854775807\nb = -9223372036854775808\n",
		// keys quoted or dotted, headers with spaces
		"\"quoted\" = \"key\"\n'literal' = 1\n\"\" = 2\n\"\\u00e9\" = 3\n",
		"a.b = \"dotted\"\n",
		"programme.name = \"p\"\nprogramme . id = 'x'\n[[mutual]]\nid = \"m\"\n",
		"[ programme ]\nname = 'x'\n[[ programme . pool ]]\nwave = 1\n[[programme.pool]]\nwave = 2\n[[\"mutual\"]]\n'id' = \"m\"\n[[ mutual.'event' ]]\ndate = \"2011\"\n",
	}
	for _, src := range accepted {
		if !agree(t, src) {
			t.Errorf("the fast parser should read this itself:\n%q", src)
		}
	}
	refused := []string{
		"a = 01\n",
		"[[\"\"]]\n",
		"[[mutual.\"\"]]\n",
		"[\"\"]\na = 1\n",
		"\"\".a = 1\n",
		"a = +01\n",
		"a = 0x\n",
		"a = 0x_1\n",
		"a = 1__0\n",
		"a = 1_\n",
		"a = +0x1\n",
		"a = 0X1F\n",
		"a = 0x-1\n",
		"a = 9223372036854775808\n",
		"a = +\n",
		"a = -inf\n",
		"a = \"\"\"x\r\"\"\"\n",
		"programme.name = \"p\"\n[programme]\nid = \"x\"\n",
		"[[mutual]]\na.b = 1\n",
		"a.b.c = 1\n",
		"a = 1.5\n",
		"a = 1e3\n",
		"a = 1979-05-27\n",
		"a = 1234567890123456789012\n",
		"a = [1, 2]\n",
		"a = \"x\"\na = \"y\"\n",
		"a = '''x\ry'''\n",
		"a = \"\"\"x\"\"\"\"\"\"\n",
		"a = \"\"\"\\q\"\"\"\n",
		"[a.b.c]\n",
		"a = \"bad \\x escape\"\n",
		"a = \"control \x01\"\n",
		"a = { inline = \"table\" }\n",
		"[[mutual.event]]\ndate = \"2011\"\n",
		"[t]\n[t]\n",
		"a = \"x\" b = \"y\"\n",
		"a = \"x\"\rb = \"y\"\n",
		"[[mutual]]\nevent = \"x\"\n[[mutual.event]]\n",
		"a = [\"x\" \"y\"]\n",
		"a = \"unterminated\n",
		"# comment with \x7f\n",
	}
	for _, src := range refused {
		if _, ok := fastTree(src); ok {
			t.Errorf("the fast parser should leave this to the full parser:\n%q", src)
		}
	}
}

// FuzzFastParser: whatever the fast parser reads, the full parser reads the
// same, and the loader reports the same problems on either path.
func FuzzFastParser(f *testing.F) {
	f.Add(pathfinders)
	f.Add("[[mutual]]\nid = \"x\"\nlist = [\"a\", 'b', ]\n")
	f.Add("a = \"\\u00e9\"\n[programme]\nb = []\n")
	f.Add("[[mutual]]\nwave = 2\nn = 10 # c\n")
	f.Add("[[mutual]]\nsummary = \"\"\"\nline \\\n  next \\u00e9 \"\" \\\\\n\"\"\"\"\nnote = \x27\x27\x27\nx\x27\x27\x27\x27\n")
	f.Add("programme.name = 'p'\r\n[[ \"mutual\" ]]\r\n'id' = \"x\"\r\nwave = 0x1_F\r\nsummary = \"\"\"\r\na \\\r\n b\r\n\"\"\"\r\n")
	f.Add("[ programme ]\nname = \"p\"\n[[programme.pool]]\nwave = -0\n")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return // the loader rejects these before parsing
		}
		agree(t, src)
		sameSchema(t, src)
	})
}
