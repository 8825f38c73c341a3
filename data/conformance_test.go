package data_test

import (
	"bufio"
	"bytes"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	tomltest "github.com/toml-lang/toml-test/v2"
)

// conformanceVersion is the TOML version whose tests are run: the suite
// lists the files that apply to each version.
const conformanceVersion = "1.0.0"

// acceptedInvalid are the TOML 1.0 invalid tests that BurntSushi/toml
// v1.6.0 itself parses without error. The loader still rejects every one of
// them, by the schema (none is a dataset), with a line and column; but the
// problem it reports is not the TOML mistake the test is about.
var acceptedInvalid = []string{
	// TOML 1.1 made these valid, and BurntSushi/toml v1.6.0 implements 1.1:
	// times without seconds, \x escapes, newlines and a trailing comma in
	// inline tables.
	"invalid/datetime/no-secs",
	"invalid/local-datetime/no-secs",
	"invalid/local-time/no-secs",
	"invalid/string/basic-byte-escapes",
	"invalid/inline-table/linebreak-01",
	"invalid/inline-table/linebreak-02",
	"invalid/inline-table/linebreak-03",
	"invalid/inline-table/linebreak-04",
	"invalid/inline-table/trailing-comma",

	// Invalid in TOML 1.1 too: BurntSushi/toml's own conformance run skips
	// these (an offset minute of 60, and tables extended or redefined after
	// they are closed: "we allow appending to tables, but shouldn't").
	"invalid/datetime/offset-overflow-minute",
	"invalid/array/extend-defined-aot",
	"invalid/inline-table/duplicate-key-03",
	"invalid/inline-table/overwrite-02",
	"invalid/inline-table/overwrite-08",
	"invalid/spec-1.0.0/inline-table-2-0",
	"invalid/spec-1.0.0/table-9-1",
	"invalid/table/append-with-dotted-keys-01",
	"invalid/table/append-with-dotted-keys-02",
	"invalid/table/append-with-dotted-keys-03",
	"invalid/table/append-with-dotted-keys-05",
	"invalid/table/append-with-dotted-keys-08", // not in its skip list, same cause
	"invalid/table/duplicate-key-04",
	"invalid/table/duplicate-key-05",
	"invalid/table/redefine-02",
	"invalid/table/redefine-03",
}

// TestConformance runs the loader over every file of the TOML 1.0
// conformance suite (github.com/toml-lang/toml-test). An invalid file must
// be rejected with a problem that has a line and a column; a valid file
// either loads or is rejected by the schema (it knows only programme,
// source and mutual), never as bad TOML. Nothing may panic.
func TestConformance(t *testing.T) {
	fsys := tomltest.TestCases()
	list, err := fs.ReadFile(fsys, "files-toml-"+conformanceVersion)
	if err != nil {
		t.Fatal(err)
	}
	var (
		invalid, invalidPlaced, invalidSyntax, invalidUTF8, invalidSchema int
		valid, validLoaded, validSchema                                   int
		accepted                                                          []string
	)
	sc := bufio.NewScanner(bytes.NewReader(list))
	for sc.Scan() {
		path := strings.TrimSpace(sc.Text())
		if !strings.HasSuffix(path, ".toml") {
			continue // the expected JSON of valid tests
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(path, ".toml")
		switch {
		case strings.HasPrefix(path, "invalid/"):
			invalid++
			var raw map[string]any
			if _, err := toml.Decode(string(b), &raw); err == nil {
				accepted = append(accepted, name)
			}
			t.Run(name, func(t *testing.T) {
				r := inspect(path, b)
				for _, f := range r.failures {
					t.Error(f)
				}
				if r.ds != nil {
					t.Fatalf("an invalid file loaded %d mutuals", len(r.ds.Mutuals))
				}
				if r.le == nil {
					t.Fatal("no LoadError")
				}
				p := r.le.Problems[0]
				switch {
				case strings.HasPrefix(p.Message, "TOML syntax:"):
					invalidSyntax++
				case strings.HasPrefix(p.Message, "the file is not UTF-8"):
					invalidUTF8++
				default:
					invalidSchema++
				}
				if p.Line >= 1 && p.Col >= 1 {
					invalidPlaced++
				}
				if p.Line < 1 || p.Col < 1 {
					t.Errorf("first problem has no position: %#v", p)
				}
			})
		case strings.HasPrefix(path, "valid/"):
			valid++
			t.Run(name, func(t *testing.T) {
				r := inspect(path, b)
				for _, f := range r.failures {
					t.Error(f)
				}
				if r.ds != nil {
					validLoaded++
					return
				}
				if r.le == nil {
					t.Fatal("no LoadError")
				}
				for _, p := range r.le.Problems {
					if strings.HasPrefix(p.Message, "TOML syntax:") || strings.HasPrefix(p.Message, "the file is not UTF-8") {
						t.Errorf("a valid TOML file was rejected as bad TOML: %s", p)
					}
				}
				validSchema++
			})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if invalid == 0 || valid == 0 {
		t.Fatalf("found %d invalid and %d valid tests", invalid, valid)
	}
	for _, name := range accepted {
		if !slices.Contains(acceptedInvalid, name) {
			t.Errorf("BurntSushi/toml accepts %s, which TOML %s says is invalid", name, conformanceVersion)
		}
	}
	for _, name := range acceptedInvalid {
		if !slices.Contains(accepted, name) {
			t.Errorf("BurntSushi/toml now rejects %s: take it off acceptedInvalid", name)
		}
	}
	t.Logf("TOML %s invalid: %d/%d rejected with a line and column (%d as bad TOML, %d as not UTF-8, %d by the schema)",
		conformanceVersion, invalidPlaced, invalid, invalidSyntax, invalidUTF8, invalidSchema)
	t.Logf("TOML %s invalid accepted by BurntSushi/toml itself: %d %v", conformanceVersion, len(accepted), accepted)
	t.Logf("TOML %s valid: %d loaded, %d rejected by the schema, %d in all",
		conformanceVersion, validLoaded, validSchema, valid)
}
