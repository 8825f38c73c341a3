package cli

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// run executes the command line as a user would type it, with no colour
// and a fixed width, and returns what it printed and its error.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	t.Setenv("MUTUALS_DATA", "")
	opts := &options{noColor: true}
	root := rootCommand(opts)
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(queryArgs(root, append(args, "--no-color")))
	err := root.Execute()
	return out.String(), err
}

func TestCommands(t *testing.T) {
	tests := []struct {
		args  []string
		want  string // in the output
		usage bool   // exit 2 rather than 0 or 1
		fails bool
	}{
		{args: []string{"list", "--sort", "date", "-f", "csv"}, want: "readings\nleicester,Leicester homeless healthcare,"},
		{args: []string{"list", "--sort", "regoin"}, fails: true, usage: true},
		{args: []string{"list", "wave:2"}, want: "blackpool  Blackpool Nurse-led Therapy Unit     Bispham, Blackpool  rehabilitation\nstockport  Stockport further education college  Stockport           further education\n"},
		{args: []string{"list", "--sort", "-wave", "-f", "csv"}, want: "blackpool,Blackpool Nurse-led Therapy Unit,\"Bispham, Blackpool\",,2,"},
		{args: []string{"stats", "--by", "wave", "-f", "csv"}, want: "value,mutuals\n1,12\n2,3\n,2\n"},
		{args: []string{"stats", "--by", "form", "-f", "csv"}, want: "community interest company,3\n"},
		{args: []string{"stats", "--by", "name"}, fails: true, usage: true},
		{args: []string{"timeline", "service:health", "-f", "csv", "-w", "80"}, want: "swindon,Swindon health and social care,2010-08,2011,2016-10-01,transferred"},
		{args: []string{"timeline", "zzz"}, want: "nothing to draw: no mutual matches"},
		{args: []string{"compare", "hammersmith", "westminster", "--fields", "service_area", "-f", "csv"}, want: "children's services"},
		{args: []string{"compare", "nowhere", "westminster"}, fails: true},
		{args: []string{"list", "--inline"}, fails: true, usage: true},
		{args: []string{"validate"}, want: "ok: 17 of 21 or 22 mutuals, 70 sources"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, err := run(t, tt.args...)
			if (err != nil) != tt.fails {
				t.Fatalf("error = %v, want failure %v; output:\n%s", err, tt.fails, out)
			}
			if err != nil && isUsage(err) != tt.usage {
				t.Errorf("%v: usage error %v, want %v", err, isUsage(err), tt.usage)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		err   error
		usage bool
	}{
		{errors.New("unknown flag: --x"), true},
		{failure{errors.New("write: broken")}, false},
		{&data.LoadError{}, false},
		{&model.RefError{}, false},
	}
	for _, tt := range tests {
		if got := isUsage(tt.err); got != tt.usage {
			t.Errorf("isUsage(%T %v) = %v, want %v", tt.err, tt.err, got, tt.usage)
		}
	}
}

func TestExitStatusCodes(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errCancelled, 130},
		{errors.New("unknown flag: --x"), 2},
		{&model.RefError{}, 1},
	}
	for _, tt := range tests {
		if got := exitStatus(tt.err, 0); got != tt.want {
			t.Errorf("exitStatus(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// A mistyped command suggests the one meant; a REF too short to be a name
// matches ids only; a misspelt place suggests the mutuals there.
func TestSuggestions(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"lsit"}, `unknown command "lsit" for "mutuals": did you mean list`},
		{[]string{"shwo", "leicester"}, "did you mean show?"},
		{[]string{"show", "x"}, `no mutual matches "x"`},
		{[]string{"show", "lodnon"}, "london-partnership"},
	}
	for _, tt := range tests {
		out, err := run(t, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("mutuals %s: %v, want an error with %q; output:\n%s", strings.Join(tt.args, " "), err, tt.want, out)
		}
	}
}

// A mutual named twice is compared once, and a file given twice is loaded
// once, each with a note, rather than failing or reporting every id as a
// duplicate of itself.
func TestDuplicatesFolded(t *testing.T) {
	out, err := run(t, "compare", "swindon", "leicester", "swin", "-f", "csv")
	if err != nil || !strings.Contains(out, "note: swin and swindon are the same mutual") || !strings.Contains(out, "field,label,same,verdict,swindon,leicester,swindon_shares,leicester_shares\n") {
		t.Errorf("compare swindon leicester swin: %v\n%s", err, out)
	}
	out, err = run(t, "compare", "swindon", "swindon")
	if err == nil || !strings.Contains(err.Error(), "two different mutuals") {
		t.Errorf("compare swindon swindon: %v\n%s", err, out)
	}
	dir := t.TempDir()
	file := dir + "/one.toml"
	if err := os.WriteFile(file, []byte("[[source]]\nid = \"s\"\ntitle = \"S\"\n\n[[mutual]]\nid = \"a\"\nname = \"A\"\nlocation = \"L\"\nservice_area = [\"x\"]\nstaff_groups = [\"y\"]\nsummary = \"z\"\nsources = [\"s\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = run(t, "validate", "--data", file, "--data", dir+"/./one.toml")
	if err != nil || !strings.Contains(out, "is given twice; loaded once") || !strings.Contains(out, "ok: 1 mutual, 1 source from 1 file") {
		t.Errorf("--data twice: %v\n%s", err, out)
	}
	out, err = run(t, "validate", file, file)
	if err != nil || !strings.Contains(out, "loaded once") {
		t.Errorf("validate PATH PATH: %v\n%s", err, out)
	}
}
