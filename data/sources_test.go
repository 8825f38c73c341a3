package data

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// further is a copy of FURTHER.md from the sources in shared/sources: the
// list of later reporting, each fact with its page's address. It is copied
// here because a test may read only what the repository holds.
const further = "testdata/FURTHER.md"

// newSections are FURTHER.md's sections added after the first audit; from
// the first of them to the end of the file.
const newSections = "## More later reporting"

var address = regexp.MustCompile(`https?://[^\s)]+`)

// addresses lists every page address in text, without the punctuation
// that ends a sentence after one.
func addresses(text string) []string {
	var out []string
	for _, a := range address.FindAllString(text, -1) {
		out = append(out, strings.TrimRight(a, ".,;"))
	}
	return out
}

// citations hands each thing in ds that states facts to cite, with the
// sources it names: the programme, every record, event and reading.
func citations(ds *model.Dataset, cite func(what string, ids []string)) {
	for _, p := range ds.Programmes {
		cite("[[programme]] "+p.ID, p.Sources)
		for _, pool := range p.Pools {
			cite("[[programme.pool]] of "+p.ID, pool.Sources)
		}
		for _, r := range p.Readings {
			cite("[[programme.reading]] of "+p.ID, r.Sources)
		}
	}
	for _, m := range ds.Mutuals {
		cite(m.ID, m.Sources)
		for _, e := range m.Events {
			cite(m.ID+" event "+e.Date+" "+e.Kind, e.Sources)
		}
		for _, r := range m.Readings {
			cite(m.ID+" reading of "+r.Field, r.Sources)
		}
	}
}

// TestEveryFactCitesASource: the programme, every record, every event and
// every reading names at least one source, each defined; every defined
// source is cited by something.
func TestEveryFactCitesASource(t *testing.T) {
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cited := map[string]bool{}
	cite := func(what string, ids []string) {
		t.Helper()
		if len(ids) == 0 {
			t.Errorf("%s cites no source", what)
		}
		for _, id := range ids {
			if _, ok := ds.Source(id); !ok {
				t.Errorf("%s cites %q, which no [[source]] defines", what, id)
			}
			cited[id] = true
		}
	}
	citations(ds, cite)
	for _, m := range ds.Mutuals {
		if m.Summary == "" || m.Outcome == "" {
			t.Errorf("%s: a record says what it is and what became of it (%q when no source says)", m.ID, model.Unknown)
		}
	}
	for _, s := range ds.Sources {
		if !cited[s.ID] {
			t.Errorf("source %q is defined but nothing cites it", s.ID)
		}
	}
}

// TestSourcesHaveTheirExactAddresses: every address a source gives is one
// FURTHER.md lists, character for character, and every address in its new
// sections is a source that the data cites.
func TestSourcesHaveTheirExactAddresses(t *testing.T) {
	text, err := os.ReadFile(further)
	if err != nil {
		t.Fatal(err)
	}
	_, added, ok := strings.Cut(string(text), newSections)
	if !ok {
		t.Fatalf("%s has no section %q", further, newSections)
	}
	listed, fresh := addresses(string(text)), addresses(added)
	if len(fresh) < 20 {
		t.Fatalf("found only %d addresses in the new sections: is %s the right file?", len(fresh), further)
	}
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	byURL := map[string]string{}
	for _, s := range ds.Sources {
		if s.URL == "" {
			continue
		}
		byURL[s.URL] = s.ID
		if !slices.Contains(listed, s.URL) {
			t.Errorf("source %q has the address %s, which FURTHER.md does not list", s.ID, s.URL)
		}
	}
	cited := map[string]bool{}
	citations(ds, func(_ string, ids []string) {
		for _, id := range ids {
			cited[id] = true
		}
	})
	for _, a := range fresh {
		id, ok := byURL[a]
		switch {
		case !ok:
			t.Errorf("FURTHER.md's new sections list %s, but no source has that exact address", a)
		case !cited[id]:
			t.Errorf("source %q (%s) is in the data but no record cites it", id, a)
		}
	}
}
