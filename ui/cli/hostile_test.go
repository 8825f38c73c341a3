package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

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
				if uitest.RunsAsFormula(cell) {
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
		if msg := uitest.MarkdownMarkup(out); msg != "" {
			return "markup: " + msg
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
	err := execute(context.Background(), root, opts, "test", args)
	return out.String(), errs.String(), exitStatus(err, 0)
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
	envs := []struct {
		name string
		env  []string
	}{
		{"pipe", []string{"TERM=dumb"}},
		{"terminal", []string{"CLICOLOR_FORCE=1", "COLORTERM=truecolor", "TERM=xterm-256color"}},
	}
	datas := [][]string{{"--data", good}, {"--data", broken}, {"--data", good + "\x1b]0;missing\a"}}
	// .ci/run's heavy run tries every command line in every kind of output
	// with every data path; the quick suite each command line once, in one
	// of those six, taken in turn.
	combos := len(envs) * len(datas)
	for e, env := range envs {
		name := env.name
		for _, kv := range env.env {
			k, v, _ := strings.Cut(kv, "=")
			t.Setenv(k, v)
		}
		t.Setenv("NO_COLOR", "")
		t.Setenv("COLUMNS", "")
		for r, args := range runs {
			for d, data := range datas {
				if !datatest.Heavy() && (e*len(datas)+d) != r%combos {
					continue
				}
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
	if datatest.Heavy() {
		t.Logf("%d command lines × %d data paths × %d kinds of output", len(runs), len(datas), len(envs))
	} else {
		t.Logf("%d command lines, each once, in turn with %d data paths × %d kinds of output", len(runs), len(datas), len(envs))
	}
	// the dataset must load, or the matrix above tests only errors
	if stdout, stderr, status := execCommand("list", "--data", good); status != 0 || strings.Count(stdout, "\n") != 3+1 {
		t.Fatalf("the hostile dataset does not load: exit %d\n%s%s", status, stdout, stderr)
	}
}
