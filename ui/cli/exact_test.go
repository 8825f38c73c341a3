package cli

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// multibyte are one-cell characters of two, three and four bytes: mixed
// in different orders, they make lines of equal width and unequal length,
// so the boundaries of any buffer fall inside characters again and again.
var multibyte = []string{"é", "€", "𝔸", "ü", "ñ", "ø"}

// exactName is the name of mutual i: "Mutuelle " and six one-cell
// characters, so every name is 15 cells wide.
func exactName(i int) string {
	var b strings.Builder
	b.WriteString("Mutuelle ")
	for k := range 6 {
		b.WriteString(multibyte[(i/(k+1)+k*i)%len(multibyte)])
	}
	return b.String()
}

// writeExactData writes n mutuals with multibyte names and places, and
// returns the path.
func writeExactData(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("[[source]]\nid = \"s\"\ntitle = \"Source\"\n\n")
	for i := range n {
		fmt.Fprintf(&b, "[[mutual]]\nid = \"m%05d\"\nname = %q\nlocation = %q\nservice_area = [\"soins à domicile\"]\n"+
			"staff_groups = [\"équipe\"]\nsummary = \"Résumé.\"\nsources = [\"s\"]\n\n"+
			"[[mutual.event]]\ndate = \"%d\"\nkind = \"launched\"\ntext = \"Lancé.\"\nsources = [\"s\"]\n\n",
			i, exactName(i), "Lieu "+exactName(i + 1)[9:], 2010+i%10)
	}
	path := filepath.Join(t.TempDir(), "exact.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// runToFile runs the command line with stdout a real file, as a shell
// redirection makes it, and returns the bytes written.
func runToFile(t *testing.T, args ...string) []byte {
	t.Helper()
	t.Setenv("MUTUALS_DATA", "")
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	root := rootCommand(&options{})
	root.SetOut(f)
	root.SetErr(f)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
	}
	out, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(out) {
		t.Fatalf("%s: the output is not valid UTF-8", strings.Join(args, " "))
	}
	return out
}

// TestPipedOutputIsExact: what a command prints to a file is, byte for
// byte, what it rendered, over hundreds of buffer boundaries.
func TestPipedOutputIsExact(t *testing.T) {
	const n = 3000
	path := writeExactData(t, n)
	t.Run("list", func(t *testing.T) {
		var want strings.Builder
		for i := range n {
			fmt.Fprintf(&want, "m%05d  %s  Lieu %s  soins à domicile\n", i, exactName(i), exactName(i + 1)[9:])
		}
		fmt.Fprintf(&want, "%d shown · %d mutuals\n", n, n)
		got := string(runToFile(t, "list", "--data", path))
		if got != want.String() {
			t.Errorf("list: %d bytes, want %d; first difference at byte %d", len(got), want.Len(), firstDiff(got, want.String()))
		}
	})
	t.Run("list csv", func(t *testing.T) {
		rows := readCSV(t, runToFile(t, "list", "--data", path, "-f", "csv"))
		for i := range n {
			if rows[i+1][1] != exactName(i) || rows[i+1][2] != "Lieu "+exactName(i + 1)[9:] {
				t.Fatalf("row %d = %q", i+1, rows[i+1])
			}
		}
	})
	t.Run("timeline csv", func(t *testing.T) {
		rows := readCSV(t, runToFile(t, "timeline", "--data", path, "-f", "csv"))
		for i := range n {
			if rows[i+1][1] != exactName(i) {
				t.Fatalf("row %d = %q", i+1, rows[i+1])
			}
		}
	})
	t.Run("stats", func(t *testing.T) {
		got := string(runToFile(t, "stats", "--data", path, "--by", "location", "--width", "80"))
		for i := range n {
			if !strings.Contains(got, "\nLieu "+exactName(i + 1)[9:]+" ") {
				t.Fatalf("stats lacks the place of mutual %d", i)
			}
		}
	})
	for _, f := range []string{"text", "markdown", "json"} {
		t.Run("timeline "+f, func(t *testing.T) { runToFile(t, "timeline", "--data", path, "-f", f, "--width", "100") })
	}
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func firstDiff(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
