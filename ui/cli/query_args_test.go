package cli

import (
	"slices"
	"strings"
	"testing"
)

// A word that starts with - and is not one of the command's flags is a
// query term: the query language's negation must be typable, with or
// without --, and flags may come before or after the query.
func TestQueryArgs(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"list", "service:health", "-kpmg"}, []string{"list", "--", "service:health", "-kpmg"}},
		{[]string{"list", `service:"social care"`, "-swindon"}, []string{"list", "--", `service:"social care"`, "-swindon"}},
		{[]string{"list", "place:london", "-service:children"}, []string{"list", "--", "place:london", "-service:children"}},
		{[]string{"list", "-s", "name", "-kpmg"}, []string{"list", "-s", "name", "--", "-kpmg"}},
		{[]string{"list", "-kpmg", "--sort", "-date"}, []string{"list", "--sort", "-date", "--", "-kpmg"}},
		{[]string{"list", "-kpmg", "--sort=-date", "-f", "csv"}, []string{"list", "--sort=-date", "-f", "csv", "--", "-kpmg"}},
		{[]string{"list", "--", "-kpmg", "--format", "json"}, []string{"list", "--format", "json", "--", "-kpmg"}},
		{[]string{"--data", "x.toml", "stats", "-kpmg", "--by", "form"}, []string{"--data", "x.toml", "stats", "--by", "form", "--", "-kpmg"}},
		{[]string{"timeline", "-swindon", "--no-color", "-h"}, []string{"timeline", "--no-color", "-h", "--", "-swindon"}},
		{[]string{"list"}, []string{"list"}},
		// Commands without a query keep cobra's own errors for unknown flags.
		{[]string{"show", "-kpmg"}, []string{"show", "-kpmg"}},
		{[]string{"compare", "a", "b", "-x"}, []string{"compare", "a", "b", "-x"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got := queryArgs(rootCommand(&options{}), tt.args)
			if !slices.Equal(got, tt.want) {
				t.Errorf("queryArgs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNegationOnTheCommandLine(t *testing.T) {
	tests := []struct {
		args    []string
		want    string
		without string
	}{
		{[]string{"list", "service:health", "-kpmg", "-f", "csv"}, "swindon,", "leicester,"},
		{[]string{"list", `service:"social care"`, "-swindon", "-f", "csv"}, "id,name", "swindon,"},
		{[]string{"list", "place:london", "-service:children", "-f", "csv"}, "id,name", "hammersmith,"},
		{[]string{"stats", "-kpmg", "--by", "form", "-f", "csv"}, "value,mutuals", "zzz"},
		{[]string{"timeline", "service:health", "-swindon", "-f", "csv"}, "leicester,", "swindon,"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, err := run(t, tt.args...)
			if err != nil {
				t.Fatalf("%v; output:\n%s", err, out)
			}
			if !strings.Contains(out, tt.want) || strings.Contains(out, tt.without) {
				t.Errorf("want %q and not %q in:\n%s", tt.want, tt.without, out)
			}
		})
	}
}
