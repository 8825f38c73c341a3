package format

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// lineBound is the loader's bound on a line of a data file.
const lineBound = 2 << 20

// longValues are values near and over the bounds, each of which a valid
// file can hold (as a literal string, or lines of a multi-line one) and
// escaping would once have written on one line over 2 MiB. Each is made
// when asked for (a few megabytes each; the quick suite takes three), the
// random ones from a seed of their own.
func longValues() map[string]func() string {
	mixed := func(seed uint64, n int, parts ...string) func() string {
		return func() string {
			r := rand.New(rand.NewPCG(20, seed))
			var b strings.Builder
			for b.Len() < n {
				b.WriteString(parts[r.IntN(len(parts))])
			}
			return b.String()
		}
	}
	repeat := func(s string, n int, tail string) func() string {
		return func() string { return strings.Repeat(s, n) + tail }
	}
	return map[string]func() string{
		"quotes, 1.5 MB":                 repeat(`"`, 1_500_000, ""),
		"multi-line, 2.2 MB":             mixed(1, 2_200_000, "word ", `"quoted" `, `back\slash `, "\n", "\t", "é", "日本"),
		"one line, 1.9 MiB":              mixed(2, 1_990_000, "a ", `"`, `\`, "'", "#", "[[mutual]]"),
		"spaces where a line breaks":     func() string { return "x" + strings.Repeat(" ", 1_900_000) + "x" },
		"line breaks, 1.5 MB":            repeat("\n", 1_500_000, "x"),
		"escapes, 500,000 ESC":           repeat("\x1b", 500_000, "x"),
		"quotes at the end":              repeat("ab", 600_000, `""`),
		"triple quotes":                  mixed(3, 1_200_000, `"""`, `''''`, "\n", `\"`),
		"just under one line":            repeat("y", longestLine-2, ""),
		"just over one line":             repeat("y", longestLine-1, ""),
		"break before a line break":      repeat("z", longestLine-16, "\n\n lead"),
		"hostile pieces, 2 MB":           mixed(4, 2_000_000, hostile...),
		"carriage returns and new lines": mixed(5, 1_100_000, "\r\n", "\r", "\n", "x"),
	}
}

// TestTOMLRoundTripLongValues: long, multi-line and quote-heavy values
// near and over the bounds come back from --format toml as they went in,
// and no line of the export is longer than the loader takes.
func TestTOMLRoundTripLongValues(t *testing.T) {
	// the quick suite's; the multi-line form, small, in TestTOMLMultilineSmall
	everyday := map[string]bool{"quotes, 1.5 MB": true, "just over one line": true, "break before a line break": true}
	for name, build := range longValues() {
		if !everyday[name] && !datatest.Heavy() {
			continue // the rest with MUTUALS_HEAVY_TESTS=1, as .ci/run sets
		}
		value := build()
		src := model.Source{ID: "s", Title: "t"}
		m := model.Mutual{ID: "m", Name: "n", Location: "l", ServiceArea: []string{"health"}, StaffGroups: []string{"nurses"},
			Summary: value, Partners: []string{"p", value}, Sources: []string{"s"}}
		ds := model.NewDataset("long", nil, []model.Mutual{m}, []model.Source{src})
		file := exportTOML(t, ds)
		for i, line := range bytes.Split(file, []byte("\n")) {
			if len(line) > lineBound {
				t.Errorf("%s: line %d of the export is %d bytes, over the %d the loader takes", name, i+1, len(line), lineBound)
			}
		}
		back, err := loadtest.Load(t, "export.toml", file)
		if err != nil {
			t.Errorf("%s: the export does not load: %.300v", name, err)
			continue
		}
		if got := back.Mutuals[0]; got.Summary != value || len(got.Partners) != 2 || got.Partners[1] != value {
			t.Errorf("%s: the value changed on the round trip (%d bytes back, %d sent)", name, len(got.Summary), len(value))
		}
	}
}

const oneMutual = `[[mutual]]
id = "m"
name = "n"
location = "l"
service_area = ["health"]
staff_groups = ["nurses"]
summary = "s"
sources = ["s"]
`

// TestTOMLMultilineSmall: the multi-line form, at a size a test can read,
// loads back whatever its value holds.
func TestTOMLMultilineSmall(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	cases := 500 // the quick suite's; 2,000 with the heavy tests
	if datatest.Heavy() {
		cases = 2000
	}
	for i := range cases {
		value := randomText(r, true) + randomText(r, false) + randomText(r, false)
		text := fmt.Sprintf("[[source]]\nid = \"s\"\ntitle = %s\n\n%s", tomlMultiline(value), oneMutual)
		back, err := loadtest.Load(t, "m.toml", []byte(text))
		if err != nil {
			t.Fatalf("case %d: %q written as %s does not load: %v", i, value, text, err)
		}
		if got := back.Sources[0].Title; got != value {
			t.Fatalf("case %d: %q came back as %q from:\n%s", i, value, got, text)
		}
	}
}
