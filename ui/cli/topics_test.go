package cli

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/ui/browser"
	"github.com/mutuals/mutuals/ui/render"
)

// topicCommands are the examples of a topic: each "  $ mutuals …" line,
// with the indented lines under it (their indent taken off) up to the
// next "$" line or unindented line. Lines are counted in the topic as
// printed, its lists filled in.
func topicCommands(t *testing.T, tp topic) []readmeCommand {
	t.Helper()
	text, err := tp.text()
	if err != nil {
		t.Fatalf("help %s: %v", tp.name, err)
	}
	file := "mutuals help " + tp.name + ", line"
	var out []readmeCommand
	in := false
	for i, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "  $ mutuals"):
			out, in = append(out, readmeCommand{file: file, line: i + 1, input: strings.TrimPrefix(l, "  $ ")}), true
		case strings.HasPrefix(l, "  $ "):
			t.Errorf("%s %d: example %q does not run mutuals", file, i+1, l)
		case in && (strings.HasPrefix(l, "  ") || strings.TrimSpace(l) == ""):
			c := &out[len(out)-1]
			c.output = append(c.output, strings.TrimPrefix(l, "  "))
		default:
			in = false
		}
	}
	return out
}

// TestTopicExamples runs every example of every help topic and checks it
// prints what the topic shows under it, as TestREADME does for the README.
func TestTopicExamples(t *testing.T) {
	scripts := map[string]string{}
	total := 0
	for _, tp := range topics() {
		var cmds, files strings.Builder
		for _, c := range topicCommands(t, tp) {
			s, err := readmeScript(c)
			if err != nil {
				t.Error(err)
				continue
			}
			script, want, _ := strings.Cut(s, "\n-- ")
			cmds.WriteString(script + "\n")
			files.WriteString("-- " + want)
			total++
		}
		if cmds.Len() > 0 {
			scripts["topic-"+tp.name] = cmds.String() + files.String()
		}
	}
	if total < 5 {
		t.Fatalf("found %d examples in the help topics, want their examples", total)
	}
	p := scriptParams(writeScripts(t, scripts))
	p.Cmds["printed"] = printed
	p.Cmds["printederr"] = printedErr
	testscript.Run(t, p)
}

// Every topic prints through mutuals help, and every line fits the width
// at every width help is set to: running text, lists and tables wrapped,
// examples and extracts cut.
func TestTopicsFitTheWidth(t *testing.T) {
	for _, tp := range topics() {
		out, err := run(t, "help", tp.name)
		if err != nil || !strings.Contains(out, "\n") {
			t.Fatalf("help %s: %v\n%s", tp.name, err, out)
		}
		text, _ := tp.text()
		for width := minWidth; width <= topicWidest; width++ {
			for _, l := range strings.Split(renderTopic(parseTopic(text), width, nil), "\n") {
				if render.Width(l) > width {
					t.Errorf("help %s at %d columns: %q is %d wide", tp.name, width, l, render.Width(l))
				}
			}
		}
	}
}

// Verbatim lines are not wrapped, so they are kept short enough for an
// 80-column terminal; an example's output is cut to fit with "…", which
// TestTopicExamples reads as "the line goes on".
func TestTopicVerbatimLinesAreShort(t *testing.T) {
	for _, tp := range topics() {
		text, _ := tp.text()
		for _, b := range parseTopic(text) {
			for _, l := range b.lines {
				if b.kind == verbatim && render.Width(l) > 80 {
					t.Errorf("help %s: %q is wider than 80 columns", tp.name, l)
				}
			}
		}
	}
}

func TestUnknownTopic(t *testing.T) {
	stdout, stderr, status := execCommand("help", "quary")
	if status != 2 || stdout != "" {
		t.Errorf("help quary: exit %d, stdout %q; want 2 and nothing", status, stdout)
	}
	for _, want := range append(topicNames(), `"quary"`, "did you mean query?") {
		if !strings.Contains(stderr, want) {
			t.Errorf("help quary: stderr does not say %q:\n%s", want, stderr)
		}
	}
	if _, _, status := execCommand("help", "query", "extra"); status != 2 {
		t.Errorf("help query extra: exit %d, want 2", status)
	}
	if out, _, status := execCommand("help", "compare"); status != 0 || !strings.Contains(out, "side by side") {
		t.Errorf("help compare: exit %d, want the command's help:\n%s", status, out)
	}
}

// The manual page holds every topic, whole.
func TestManHoldsTheTopics(t *testing.T) {
	out, _, status := execCommand("man")
	if status != 0 {
		t.Fatalf("man: exit %d", status)
	}
	for _, tp := range topics() {
		if !strings.Contains(out, fmt.Sprintf(".SH \"HELP %s\"", strings.ToUpper(tp.name))) {
			t.Errorf("man has no section for help %s", tp.name)
		}
		text, _ := tp.text()
		for _, b := range parseTopic(text) {
			if b.kind == heading && !strings.Contains(out, `.SS "`+b.lines[0]+`"`) {
				t.Errorf("man has no %q of help %s", b.lines[0], tp.name)
			}
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, ".") && !strings.HasPrefix(l, ".\\\"") && !knownRequest(l) {
			t.Errorf("man: a line starts with a dot that is no request: %q", l)
		}
	}
}

func knownRequest(l string) bool {
	for _, r := range []string{".TH", ".SH", ".PD", ".sp", ".SS", ".PP", ".TP", ".IP", ".RS", ".RE", ".nf", ".fi", ".B", ".I", ".LP"} {
		if l == r || strings.HasPrefix(l, r+" ") {
			return true
		}
	}
	return false
}

// help keys is made from the browser's key maps: every key the ? screen
// lists, under the title of its screen.
func TestHelpKeysIsTheKeyMap(t *testing.T) {
	out, err := run(t, "help", "keys")
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, s := range browser.KeyHelpSections() {
		if !strings.Contains(out, s.Title) {
			t.Errorf("help keys has no section %q", s.Title)
		}
		for _, k := range s.Keys {
			if !strings.Contains(flat, k.Key+" "+strings.Join(strings.Fields(k.Desc), " ")) {
				t.Errorf("help keys does not say %s: %s", k.Key, k.Desc)
			}
		}
	}
}

// help format names every key and table of the file format: the starter
// init writes holds each of them (data's TestStarterHasEveryKey), so a key
// added to the format and not to this topic fails here.
func TestFormatTopicNamesEveryKey(t *testing.T) {
	out, err := run(t, "help", "format")
	if err != nil {
		t.Fatal(err)
	}
	header := regexp.MustCompile(`(?m)^(\[\[?[\w.]+\]\]?)`)
	key := regexp.MustCompile(`(?m)^(?:# )?(\w+) = `)
	starter := string(data.Starter())
	for _, m := range header.FindAllStringSubmatch(starter, -1) {
		if !strings.Contains(out, "\n"+m[1]+"\n") {
			t.Errorf("help format has no heading %s", m[1])
		}
	}
	for _, m := range key.FindAllStringSubmatch(starter, -1) {
		if !regexp.MustCompile(`(?m)^  ` + m[1] + ` `).MatchString(out) {
			t.Errorf("help format does not explain the key %s", m[1])
		}
	}
}

// A reader over SSH reads the help topics as they print locally.
func TestServedTopics(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range topics() {
		got := runServed(t, ds, nil, []string{"help", tp.name})
		local, _ := run(t, "help", tp.name)
		if got.status != 0 || got.stdout != local {
			t.Errorf("ssh HOST help %s: status %d, stderr %q; the text differs from local help: %v", tp.name, got.status, got.stderr, got.stdout != local)
		}
	}
}
