package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/serve"
)

// commandResult is what a command commandResult, and its exit status.
type commandResult struct {
	stdout, stderr string
	status         int
}

// runLocal runs args as mutuals does with stdout and stderr piped.
func runLocal(t *testing.T, args []string) commandResult {
	t.Helper()
	opts := &options{}
	root := rootCommand(opts)
	var out, errs bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errs)
	status := exitStatus(execute(context.Background(), root, opts, "test", args), 0)
	return commandResult{out.String(), errs.String(), status}
}

// runServed runs args as the server runs them for a client on ds.
func runServed(t *testing.T, ds *model.Dataset, paths []string, args []string) commandResult {
	t.Helper()
	var out, errs bytes.Buffer
	status := ServedCommand("test", false)(context.Background(), serve.Request{
		Args: args, Data: ds, Index: model.NewIndex(ds), Paths: paths, Stdout: &out, Stderr: &errs,
	})
	return commandResult{out.String(), errs.String(), status}
}

// What a reader runs over SSH prints what the same command prints here,
// byte for byte, stderr and exit status too.
func TestServedCommandsPrintWhatLocalOnesPrint(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "")
	t.Setenv("COLUMNS", "")
	t.Setenv("NO_COLOR", "")
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"", "list", "list -f csv", "list service:health -kpmg", "list --sort -date", "list -f json", "list -f toml",
		"list -- -kpmg", "list zzz", "list --sort regoin", "list --width 5",
		"show leicester", "show swin -f markdown", "show swin -f toml", "show nosuch", "show",
		"compare swindon leicester", "compare swin leic --fields outcome,became,events -w 100", "compare swindon swin",
		"compare swindon", "compare", "compare swindon leicester -f csv",
		"stats --by service", "stats --by form -f json", "stats --by name",
		"timeline", "timeline service:health -w 100", "timeline -f markdown",
		"validate", "--version", "list --bogus", // help is the reader's own: TestServedHelpIsTheReaders
	} {
		args := strings.Fields(line)
		local, remote := runLocal(t, args), runServed(t, ds, nil, args)
		// but for where a usage error points for help
		local.stderr = strings.NewReplacer("Try 'mutuals ", "Try 'ssh HOST ", "`mutuals list", "`ssh HOST list").Replace(local.stderr)
		if local != remote {
			t.Errorf("mutuals %s:\nlocal  %d %q\n%q\nserved %d %q\n%q", line, local.status, local.stderr, head(local.stdout), remote.status, remote.stderr, head(remote.stdout))
		}
	}
}

func head(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// A reader may read, and nothing else: no file named on the server, no
// command that writes or is the server's own.
func TestServedCommandsRefuse(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ line, says string }{
		{"init my-register", "init is not served"},
		{"init --help", "init is not served"},
		{"serve --open", "serve is not served"},
		{"serve --help", "serve is not served"},
		{"lsit", `"lsit" is not a command this server runs: did you mean list?`},
		{"inti", `"inti" is not a command this server runs: it runs list,`},
		{"-- list", `"--" ends the options, so "list" is read as no command: drop the -- (ssh HOST list)`},
		{"completion bash", "completion bash is not served"},
		{"__complete list ''", `"__complete" is not a command this server runs`},
		{"__completeNoDesc show", `"__completeNoDesc" is not a command`},
		{"man", "man is not served"},
		{"sh -c id", `"sh" is not a command this server runs`},
		{"--no-color sh -c id", `"sh" is not a command this server runs`},
		{"validate /etc", "validate PATH reads files on the server"},
		{"validate .", "validate PATH reads files on the server"},
		{"--data /etc list", "--data names files on the server"},
		{"list --data=/etc/passwd", "--data names files on the server"},
		{"--data /etc", "--data names files on the server"},
		{"show leicester --data x", "--data names files on the server"},
		{"help --data x", "mutuals help takes no --data"}, // help loads nothing
	} {
		got := runServed(t, ds, nil, strings.Fields(c.line))
		if got.status == 0 || got.stdout != "" || !strings.Contains(got.stderr, c.says) {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want a failure saying %q", c.line, got.status, head(got.stdout), got.stderr, c.says)
		}
	}
}

// The served data is what the commands read: not MUTUALS_DATA, not the
// built-in set, and validate says where it came from.
func TestServedCommandsReadTheServedData(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "/nowhere")
	builtin, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ds := model.NewDataset("served", builtin.Programmes, builtin.Mutuals[:2], builtin.Sources)
	ds.Files = 1
	got := runServed(t, ds, []string{"register.toml"}, []string{"list", "-f", "csv"})
	if got.status != 0 || strings.Count(got.stdout, "\n") != 3 {
		t.Errorf("list on 2 served mutuals: status %d, %q %q", got.status, got.stdout, got.stderr)
	}
	got = runServed(t, ds, []string{"register.toml"}, []string{"validate"})
	if !strings.Contains(got.stdout, "from 1 file") {
		t.Errorf("validate: %q %q", got.stdout, got.stderr)
	}
	ds.Files = 2 // the register and the built-in set, on a server run with --builtin
	var out bytes.Buffer
	ServedCommand("test", true)(context.Background(), serve.Request{Args: []string{"validate"}, Data: ds,
		Index: model.NewIndex(ds), Paths: []string{"register.toml"}, Stdout: &out, Stderr: &out})
	if !strings.Contains(out.String(), "from 1 file and the built-in dataset") {
		t.Errorf("validate on a server run with --builtin: %q", out.String())
	}
}

func TestServeNeedsToKnowWhoMayConnect(t *testing.T) {
	for _, args := range [][]string{
		{"serve"},
	} {
		local := runLocal(t, args)
		if local.status != 2 || !strings.Contains(local.stderr, "say who may connect: --authorized-keys FILE") {
			t.Errorf("%v: status %d, %q", args, local.status, local.stderr)
		}
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"serve", "--open", "--max-sessions", "0"}, "--max-sessions and --per-minute take 1 or more"},
		{[]string{"serve", "--authorized-keys", "/nonexistent/readers"}, "/nonexistent/readers"},
		{[]string{"serve", "--open", "extra"}, "unknown command"},
		{[]string{"serve", "--open", "--authorized-keys", "readers"}, "--open and --authorized-keys exclude each other"},
	} {
		got := runLocal(t, c.args)
		if got.status == 0 || !strings.Contains(got.stderr, c.says) {
			t.Errorf("%v: status %d, %q, want %q", c.args, got.status, got.stderr, c.says)
		}
	}
}

// ssh -t gives a command the reader's terminal: its width, and colour
// unless the reader sent NO_COLOR; a pipe gets neither.
func TestServedCommandOnTheReadersTerminal(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	show := func(term *serve.Terminal) string {
		var out bytes.Buffer
		ServedCommand("test", false)(context.Background(), serve.Request{Args: []string{"show", "leicester"}, Data: ds,
			Index: model.NewIndex(ds), Terminal: term, Stdout: &out, Stderr: &out})
		return out.String()
	}
	coloured := show(&serve.Terminal{Width: 60, Env: []string{"TERM=xterm-256color"}})
	local := runLocal(t, []string{"show", "leicester", "--width", "60"}).stdout
	if !strings.Contains(coloured, "\x1b[") || ansi.Strip(coloured) != local {
		t.Errorf("on a 60-column xterm-256color: escapes %v; without them the same as show --width 60: %v",
			strings.Contains(coloured, "\x1b["), ansi.Strip(coloured) == local)
	}
	if plain := show(&serve.Terminal{Width: 60, Env: []string{"TERM=xterm-256color", "NO_COLOR=1"}}); regexp.MustCompile(`\x1b\[[0-9;]*[34]8;`).MatchString(plain) {
		t.Error("NO_COLOR from the reader left colour on")
	} else if strings.Contains(plain, "\x1b[") {
		t.Errorf("NO_COLOR from the reader left escapes (bold, reset) in, as local output does not: %q", plain)
	}
	if piped := show(nil); strings.Contains(piped, "\x1b") || piped != runLocal(t, []string{"show", "leicester"}).stdout {
		t.Error("a pipe got escape sequences, or not what the command prints locally")
	}
}

// Readers' commands run at once in one process: each prints what it
// prints alone (under -race, nothing they share is written).
func TestServedCommandsAtOnce(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "")
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	lines := [][]string{{"list"}, {"show", "swindon"}, {"compare", "swin", "leic"}, {"stats", "--by", "service"}, {"help"}, {"show", "nosuch"}, {"init", "x"}}
	alone := make([]commandResult, len(lines))
	for i, args := range lines {
		alone[i] = runServed(t, ds, nil, args)
	}
	var wg sync.WaitGroup
	got := make([]commandResult, 4*len(lines))
	for i := range got {
		wg.Go(func() {
			var out, errs bytes.Buffer
			status := ServedCommand("test", false)(context.Background(), serve.Request{
				Args: lines[i%len(lines)], Data: ds, Index: model.NewIndex(ds), Stdout: &out, Stderr: &errs,
			})
			got[i] = commandResult{out.String(), errs.String(), status}
		})
	}
	wg.Wait()
	for i, g := range got {
		if g != alone[i%len(lines)] {
			t.Errorf("%v at once with others printed otherwise than alone", lines[i%len(lines)])
		}
	}
}

// A reader's empty command (ssh -T HOST) is the root with no arguments,
// never the server's own: cobra reads os.Args when given none, which in
// the server are serve's (found running serve again inside a session).
func TestServedEmptyCommandIsNotTheServers(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Args
	os.Args = []string{"mutuals", "init", "written-by-a-reader"}
	defer func() { os.Args = saved }()
	for _, args := range [][]string{nil, {}} {
		got := runServed(t, ds, nil, args)
		if got.status != 0 || !strings.Contains(got.stdout, "leicester") || got.stderr != "" {
			t.Errorf("%#v: status %d, %q, %q; want the list", args, got.status, head(got.stdout), got.stderr)
		}
	}
	if _, err := os.Stat("written-by-a-reader"); err == nil {
		os.RemoveAll("written-by-a-reader")
		t.Error("a reader's empty command ran the server's own command line")
	}
}

// NO_COLOR from a reader on a terminal (ssh -t) means no escapes at all,
// as it does locally (main: colour off means no escapes), for every
// printing command.
func TestServedNoColorMeansNoEscapes(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"show", "leicester"}, {"compare", "leicester", "swindon"}, {"stats"}, {"timeline"}, {"validate"}} {
		var out bytes.Buffer
		ServedCommand("test", false)(context.Background(), serve.Request{Args: args, Data: ds, Index: model.NewIndex(ds),
			Terminal: &serve.Terminal{Width: 100, Env: []string{"TERM=xterm-256color", "NO_COLOR=1"}}, Stdout: &out, Stderr: &out})
		if strings.Contains(out.String(), "\x1b") {
			t.Errorf("%v with NO_COLOR on a terminal: escapes in %.300q", args, out.String())
		}
	}
}

// A reader's usage error points to help they can get: over ssh, not the
// mutuals they have not installed.
func TestServedUsageErrorPointsToServedHelp(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	got := runServed(t, ds, nil, []string{"list", "--nosuchflag"})
	if got.status != 2 || !strings.Contains(got.stderr, "Try 'ssh HOST list --help' for usage.") || strings.Contains(got.stderr, "mutuals") {
		t.Errorf("a reader's usage error: status %d, %q", got.status, got.stderr)
	}
}

// What an error tells a reader over SSH to run, they can run: ssh HOST
// list, not the mutuals they have not installed.
func TestServedRefErrorNamesWhatTheReaderRuns(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"show", "qqqqqqqqqqqqqqqqqq"}, {"compare", "swindon", "qqqqqqqqqqqqqqqqqq"}} {
		got := runServed(t, ds, nil, args)
		if got.status != 1 || strings.Contains(got.stderr, "mutuals list") || !strings.Contains(got.stderr, "ssh HOST list") {
			t.Errorf("%q served: status %d, %q", args, got.status, got.stderr)
		}
	}
}

// What a REF error says to run lists the same data: the --data and
// --builtin given, not the built-in pathfinders alone.
func TestRefErrorNamesTheDataGiven(t *testing.T) {
	reg := filepath.Join(t.TempDir(), "my reg")
	if got := runLocal(t, []string{"init", reg}); got.status != 0 {
		t.Fatalf("init: %d %s", got.status, got.stderr)
	}
	got := runLocal(t, []string{"--data", reg, "--builtin", "show", "qqqqqqqqqqqqq"})
	if want := "run `mutuals --data '" + reg + "' --builtin list`"; got.status != 1 || !strings.Contains(got.stderr, want) {
		t.Errorf("status %d, %q; want %q", got.status, got.stderr, want)
	}
}

// An unknown shell for completion is a usage error, not the completion's
// help on stdout with status 0.
func TestCompletionOfAnUnknownShell(t *testing.T) {
	got := runLocal(t, []string{"completion", "fish2"})
	if got.status != 2 || got.stdout != "" || !strings.Contains(got.stderr, `unknown command "fish2"`) || !strings.Contains(got.stderr, "mutuals completion --help") {
		t.Errorf("completion fish2: status %d, stdout %.80q, stderr %q", got.status, got.stdout, got.stderr)
	}
	if got := runLocal(t, []string{"completion", "bash"}); got.status != 0 || !strings.Contains(got.stdout, "bash completion") {
		t.Errorf("completion bash: status %d, %.80q", got.status, got.stdout)
	}
}

// A usage error points to the help of the command that was mistyped,
// which says what it takes, and to the program's where no command was.
func TestUsageErrorPointsToTheCommandsHelp(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"list", "--sort", "bogus"}, "Try 'mutuals list --help' for usage."},
		{[]string{"compare", "swindon"}, "Try 'mutuals compare --help' for usage."},
		{[]string{"timeline", "--plain"}, "Try 'mutuals timeline --help' for usage."},
		{[]string{"--nosuchflag"}, "Try 'mutuals --help' for usage."},
		{[]string{"completion", "bash", "extra"}, "Try 'mutuals completion bash --help' for usage."},
		{[]string{"nosuchcommand"}, "Try 'mutuals --help' for usage."},
	} {
		got := runLocal(t, tc.args)
		if got.status != 2 || !strings.Contains(got.stderr, tc.want) {
			t.Errorf("%q: status %d, %q; want %q", tc.args, got.status, got.stderr, tc.want)
		}
	}
}

// A reader's help lists what the reader can run, and names nothing of
// the server's: no init, serve or completion, no --data, no editing.
func TestServedHelpIsTheReaders(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"help", "--help", "help list", "list --help"} {
		got := runServed(t, ds, nil, strings.Fields(line))
		if got.status != 0 {
			t.Fatalf("%s: status %d %q", line, got.status, got.stderr)
		}
		for _, not := range []string{"completion", "init DIR", "serve (", "--data", "--builtin", "e edits", "$EDITOR"} {
			if strings.Contains(got.stdout, not) {
				t.Errorf("%s over ssh shows %q:\n%s", line, not, got.stdout)
			}
		}
		for _, want := range []string{"ssh HOST list", "list", "show", "compare", "stats", "timeline", "validate"} {
			if !strings.Contains(got.stdout, want) && !strings.Contains(line, "list") {
				t.Errorf("%s over ssh lacks %q:\n%s", line, want, got.stdout)
			}
		}
	}
}
