package data

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// further is a copy of the sources' list of later reporting, each fact
// with its page's address. It is copied here because a test may read only
// what the repository holds.
const further = "testdata/FURTHER.md"

// foundByAudit lists the pages an independent audit of the data pointed
// to that the list of later reporting does not give; each was read before
// its facts went in, and each must be a source the data cites.
const foundByAudit = "testdata/found-by-audit.md"

// newSections are the list's sections added after the first audit; from
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

// Why the list gives an address that the data need not cite.
const (
	doNotUse    = "do not use"   // the list says the page is wrong
	contextOnly = "context only" // the list gives it as background, not records
)

// exempt finds the addresses the list marks as not to be cited, with why:
// those in an item that says "do not use", and those under a heading that
// says "context".
func exempt(text string) map[string]string {
	out := map[string]string{}
	heading := ""
	for _, item := range items(text) {
		if strings.HasPrefix(item, "#") {
			heading = strings.ToLower(item)
			continue
		}
		why := ""
		switch {
		case strings.Contains(strings.ToLower(item), doNotUse):
			why = doNotUse
		case strings.Contains(heading, "context"):
			why = contextOnly
		default:
			continue
		}
		for _, a := range addresses(item) {
			out[a] = why
		}
	}
	return out
}

// items splits the list into headings and items: an item is a line with
// the lines indented under it.
func items(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, " ") && len(out) > 0 && strings.TrimSpace(line) != "":
			out[len(out)-1] += "\n" + line
		case strings.TrimSpace(line) != "":
			out = append(out, line)
		}
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
		if m.Stated.Value != "" {
			cite(m.ID+" status", m.Stated.Sources)
		}
	}
}

// TestEveryStatusComesFromASource: every record has a status, from its
// dated events or stated by a source, and it names the sources it comes
// from; a stated one gives the date it was true.
func TestEveryStatusComesFromASource(t *testing.T) {
	ds, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ds.Mutuals {
		st := m.Status()
		switch {
		case st.Value == model.Unknown:
			t.Errorf("%s: no status; a dated event or a stated status with its sources gives one", m.ID)
		case len(st.Sources) == 0:
			t.Errorf("%s: status %s names no source", m.ID, st)
		case st.AsOf == "":
			t.Errorf("%s: status %s gives no date it was true", m.ID, st)
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
// the list gives, character for character; every address in its new
// sections is a source that the data cites, unless the list marks it as
// context only or not to be used; and none it says not to use is a source.
func TestSourcesHaveTheirExactAddresses(t *testing.T) {
	text, err := os.ReadFile(further)
	if err != nil {
		t.Fatal(err)
	}
	_, added, ok := strings.Cut(string(text), newSections)
	if !ok {
		t.Fatalf("%s has no section %q", further, newSections)
	}
	audited, err := os.ReadFile(foundByAudit)
	if err != nil {
		t.Fatal(err)
	}
	listed, fresh, skip := addresses(string(text)), addresses(added), exempt(string(text))
	if len(fresh) < 20 {
		t.Fatalf("found only %d addresses in the new sections: is %s the right file?", len(fresh), further)
	}
	listed = append(listed, addresses(string(audited))...)
	fresh = append(fresh, addresses(string(audited))...)
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
			t.Errorf("source %q has the address %s, which the list of later reporting does not give", s.ID, s.URL)
		}
		if skip[s.URL] == doNotUse {
			t.Errorf("source %q has the address %s, which the list says not to use", s.ID, s.URL)
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
		case skip[a] != "":
			continue
		case !ok:
			t.Errorf("the list's new sections give %s, but no source has that exact address", a)
		case !cited[id]:
			t.Errorf("source %q (%s) is in the data but no record cites it", id, a)
		}
	}
}

// TestExemptAddresses: the list marks exactly three addresses as not to
// be cited: a letter it says not to use, and two counts of mutuals given
// as context. Anything else it gives must be cited.
func TestExemptAddresses(t *testing.T) {
	text, err := os.ReadFile(further)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"https://www.theguardian.com/society/2015/jan/25/nhs-mutuals-not-all-like-hinchingbrooke":                                                             doNotUse,
		"https://www.gov.uk/guidance/introduction-to-public-service-mutuals":                                                                                  contextOnly,
		"https://www.thirdsector.co.uk/government-departments-set-plans-public-sector-mutuals-year-taskforce-report-says/policy-and-politics/article/1137976": contextOnly,
	}
	if got := exempt(string(text)); !maps.Equal(got, want) {
		t.Errorf("exempt addresses:\n got %v\nwant %v", got, want)
	}
	// an item saying "do not use" exempts its own addresses, not the next item's
	got := exempt("## A\n\n- one https://a.example/1\n  do not use it\n- two https://a.example/2\n")
	if !maps.Equal(got, map[string]string{"https://a.example/1": doNotUse}) {
		t.Errorf("exempt of two items: %v", got)
	}
}
