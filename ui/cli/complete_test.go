package cli

import (
	"bytes"
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
