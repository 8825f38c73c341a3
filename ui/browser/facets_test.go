package browser

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
)

// TestFacetScreenPicks: f counts the shown mutuals by service area; moving
// to a value and pressing enter adds it to the search and narrows the list.
func TestFacetScreenPicks(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "f")
	if onScreen(b) != "facets" {
		t.Fatal("f should open the facet screen")
	}
	f := frame(b)
	for _, want := range []string{"Facets · service area across 17 mutuals", "▸service", "▸ children's services", "2   12%", "youth support services"} {
		if !strings.Contains(f, want) {
			t.Fatalf("no %q in the facet screen:\n%s", want, f)
		}
	}
	press(b, "down", "down", "down", "down", "down", "down", "down") // community health services
	c, _ := facetCurrent(b)
	if c.Value != "community health services" {
		t.Fatalf("cursor on %q", c.Value)
	}
	press(b, "enter")
	if onScreen(b) != "list" || ((b.focus == onSearch) || (b.focus == onDetail)) {
		t.Fatalf("enter should go back to the list, on screen %s searching %v", onScreen(b), (b.focus == onSearch))
	}
	if got := b.search.Value(); got != `service:"community health services"` {
		t.Fatalf("search is %q", got)
	}
	if ids := shownIDs(b); strings.Join(ids, " ") != "swindon" {
		t.Fatalf("shown %v, want swindon alone", ids)
	}
}

// TestFacetScreenAddsToSearch: a pick is added to what the search holds,
// and the counts are of the mutuals it shows.
func TestFacetScreenAddsToSearch(t *testing.T) {
	b := newTestBrowser(t, 80, 24)
	press(b, "/")
	typeText(b, "place:london")
	press(b, "enter", "f", "tab") // staff groups
	f := frame(b)
	if !strings.Contains(f, "staff groups across 4 mutuals") || !strings.Contains(f, "▸ council children's services staff") {
		t.Fatalf("the counts should be of the 4 London mutuals, by staff:\n%s", f)
	}
	press(b, "enter")
	if got := b.search.Value(); got != `place:london staff:"council children's services staff"` {
		t.Fatalf("search is %q", got)
	}
	if ids := shownIDs(b); strings.Join(ids, " ") != "hammersmith-fulham westminster" {
		t.Fatalf("shown %v", ids)
	}
	// the same pick again is not added twice
	press(b, "f", "tab", "enter")
	if got := b.search.Value(); strings.Count(got, "staff:") != 1 {
		t.Fatalf("search is %q", got)
	}
}

func TestFacetScreenKeys(t *testing.T) {
	b := newTestBrowser(t, 100, 30)
	press(b, "f")
	fields := []string{}
	for i := range 12 {
		if i > 0 {
			press(b, "right")
		}
		fields = append(fields, facetField(b))
	}
	if got := strings.Join(fields, " "); got != "service_area staff_groups mentors legal_form wave region location outcome partners status programme service_area" {
		t.Errorf("→ visits %s", got)
	}
	press(b, "shift+tab")
	if facetField(b) != "programme" {
		t.Errorf("shift+tab from service goes to %s, want programme (wrapping)", facetField(b))
	}
	press(b, "left", "left", "left", "left", "left", "left", "left", "left") // mentors
	press(b, "G")
	if c, _ := facetCurrent(b); !c.None() || !strings.Contains(frame(b), "▸ (unknown or none named)") {
		t.Fatalf("G should reach the mutuals with no mentor named:\n%s", frame(b))
	}
	press(b, "enter")
	if onScreen(b) != "facets" || !strings.Contains(frame(b), "(unknown or none named) cannot be searched for") || b.search.Value() != "" {
		t.Fatalf("enter on the mutuals with no value should say it cannot search:\n%s", frame(b))
	}
	press(b, "esc")
	if onScreen(b) != "list" {
		t.Error("esc should close the facet screen")
	}
	press(b, "f", "f")
	if onScreen(b) != "list" {
		t.Error("f should close the facet screen too")
	}
	press(b, "f", "?")
	if onScreen(b) != "help" || !strings.Contains(ansi.Strip(strings.Join(b.top().(*helpScreen).lines(), "\n")), "On the facet screen") {
		t.Fatal("? should show the help")
	}
	press(b, "esc")
	if onScreen(b) != "facets" {
		t.Error("esc from help should go back to the facet screen")
	}
	if isQuit(press(b, "q")) || onScreen(b) != "list" {
		t.Error("q should go back to the list, as esc does")
	}
}

// TestFacetScreenNarrow: on the smallest screen the fields become one
// name with arrows, and the values scroll.
func TestFacetScreenNarrow(t *testing.T) {
	b := newTestBrowser(t, 40, 10)
	press(b, "f")
	f := frame(b)
	if !strings.Contains(f, "← ▸service area  → 1 of 11") {
		t.Fatalf("no field switcher at 40 columns:\n%s", f)
	}
	press(b, "G")
	f = frame(b)
	if !strings.Contains(f, "▸ youth support") || !strings.Contains(f, "17 mutuals · 21–25 of 25") {
		t.Fatalf("G should scroll to the last value:\n%s", f)
	}
	checkFrame(t, b, "40×10")
}

// TestFacetsCountOffTheUIPath: a large dataset counts in a command, and
// counts for a list that has since changed are dropped.
func TestFacetsCountOffTheUIPath(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	ds, err := loadtest.Load(t, "big.toml", datatest.Synthetic(offPathAt, 3))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(sizeMsg(120, 40))
	cmd := press(b, "f")
	if cmd == nil || !strings.Contains(frame(b), "counting 5000 mutuals…") {
		t.Fatalf("a large dataset should count in a command:\n%s", frame(b))
	}
	stale := cmd()
	service := press(b, "esc", "f")
	b.Update(stale)
	if !facetCounting(b) {
		t.Fatal("counts from an earlier opening were shown")
	}
	staff := press(b, "right")
	if press(b, "left", "right") != nil {
		t.Error("a field being counted should not be counted again")
	}
	b.Update(staff())
	if facetCounting(b) || facetField(b) != "staff_groups" {
		t.Fatal("staff groups should show their counts")
	}
	press(b, "left")
	b.Update(service())
	if facetCounting(b) || len(facetCounts(b)) == 0 {
		t.Fatal("the counts did not arrive")
	}
	if press(b, "right") != nil || press(b, "left") != nil {
		t.Error("a field counted once should not be counted again")
	}
	if press(b, "shift+tab") == nil {
		t.Error("a field not yet counted should be counted")
	}
}
