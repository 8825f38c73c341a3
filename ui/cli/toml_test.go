package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestListTOMLLoadsBack is the round trip as a user runs it:
// list -f toml > file, then list -f json --data file.
func TestListTOMLLoadsBack(t *testing.T) {
	for _, query := range []string{"", "service:health", "swindon"} {
		export, err := run(t, "list", "-f", "toml", query)
		if err != nil {
			t.Fatalf("list -f toml %s: %v", query, err)
		}
		file := filepath.Join(t.TempDir(), "export.toml")
		if err := os.WriteFile(file, []byte(export), 0o644); err != nil {
			t.Fatal(err)
		}
		want, _ := run(t, "list", "-f", "json", query)
		got, err := run(t, "list", "-f", "json", "--data", file)
		if err != nil || got != want {
			t.Errorf("query %q: the export lists differently (%v):\n%s", query, err, got)
		}
	}
}

func TestShowTOML(t *testing.T) {
	out, err := run(t, "show", "swindon", "-f", "toml")
	if err != nil || !strings.Contains(out, "[[mutual]]\nid = \"swindon\"\n") || strings.Count(out, "[[mutual]]") != 1 {
		t.Errorf("show -f toml should print the one record as a data file: %v\n%s", err, out)
	}
}

// TestTOMLOnlyForRecords: the commands that print no records refuse it
// as a usage error, before loading anything.
func TestTOMLOnlyForRecords(t *testing.T) {
	for _, args := range [][]string{
		{"compare", "swindon", "leicester", "-f", "toml"},
		{"stats", "-f", "toml"},
		{"timeline", "-f", "toml"},
	} {
		out, err := run(t, args...)
		if err == nil || !isUsage(err) || !strings.Contains(err.Error(), "only list and show") {
			t.Errorf("%v: want a usage error naming list and show, got %v\n%s", args, err, out)
		}
	}
}
