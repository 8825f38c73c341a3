package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// Completions know the REFs and the values of --by, --sort, --fields and
// --format, as the shell asks for them (cobra's __complete).
func TestCompletions(t *testing.T) {
	tests := []struct {
		args    []string
		want    []string
		without string
	}{
		{[]string{"show", "lei"}, []string{"leicester\tLeicester homeless healthcare"}, "swindon"},
		{[]string{"compare", "swindon", ""}, []string{"leicester", "westminster"}, "swindon\t"},
		{[]string{"stats", "--by", ""}, []string{"service", "staff", "partner"}, "summary"},
		{[]string{"list", "--sort", "d"}, []string{"date"}, "name"},
		{[]string{"list", "--sort", ""}, []string{"-date", "name"}, "summary"},
		{[]string{"compare", "a", "b", "--fields", "service_area,out"}, []string{"service_area,outcome"}, "\noutcome"},
		{[]string{"list", "-f", ""}, []string{"text", "markdown", "csv", "json"}, "xml"},
	}
	for _, tt := range tests {
		t.Setenv("MUTUALS_DATA", "")
		root := rootCommand(&options{})
		var buf bytes.Buffer
		root.SetOut(&buf)
		root.SetErr(&buf)
		root.SetArgs(append([]string{"__complete"}, tt.args...))
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("complete %q: lacks %q:\n%s", tt.args, w, out)
			}
		}
		if strings.Contains(out, tt.without) {
			t.Errorf("complete %q: offers %q:\n%s", tt.args, tt.without, out)
		}
	}
}

// A completion says nothing but its words: cobra reads the flags twice on
// the way to a completion, which once made one --data look given twice.
func TestCompletionNotes(t *testing.T) {
	t.Setenv("MUTUALS_DATA", "")
	data := filepath.Join("..", "..", "data", "pathfinders.toml")
	for _, args := range [][]string{{"--data", data, "show", ""}, {"show", "--data", data, ""}} {
		root := rootCommand(&options{})
		var out, errs bytes.Buffer
		root.SetOut(&out)
		root.SetErr(&errs)
		root.SetArgs(append([]string{"__complete"}, args...))
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(errs.String(), "note:") || !strings.Contains(out.String(), "leicester") {
			t.Errorf("complete %q: stderr %q; stdout %q", args, errs.String(), out.String())
		}
	}
}
