package browser

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// wantOrder is the ids of the mutuals matching query, in the order of s,
// worked out by the model alone.
func wantOrder(t *testing.T, ds *model.Dataset, query string, s model.Sort) []string {
	t.Helper()
	pos := model.NewIndex(ds).Search(model.ParseQuery(query))
	s.Order(ds.Mutuals, pos)
	var out []string
	for _, p := range pos {
		out = append(out, ds.Mutuals[p].ID)
	}
	return out
}

func TestSortCycles(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	for _, key := range append(slices.Clone(model.SortKeys), "") {
		press(b, "s")
		s := model.Sort{Key: key}
		if got, want := shownIDs(b), wantOrder(t, b.ds, "", s); !slices.Equal(got, want) {
			t.Errorf("after s to %q: shown %v, want %v", key, got, want)
		}
		header := strings.SplitN(frame(b), "\n", 2)[0]
		if key != "" && !strings.Contains(header, "by "+s.Label()) {
			t.Errorf("header %q does not say the sort %q", header, s.Label())
		}
		if key == "" && strings.Contains(header, " by ") {
			t.Errorf("header %q still names a sort after cycling back to file order", header)
		}
	}
}

func TestSortSurvivesSearch(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "s") // by name
	press(b, "/")
	typeText(b, "london")
	press(b, "enter")
	want := wantOrder(t, b.ds, "london", model.Sort{Key: "name"})
	if got := shownIDs(b); !slices.Equal(got, want) || len(want) < 2 {
		t.Fatalf("filtered and sorted: shown %v, want %v", got, want)
	}
	typeText(b, "/")
	press(b, "esc") // clear: every mutual, still by name
	if got, want := shownIDs(b), wantOrder(t, b.ds, "", model.Sort{Key: "name"}); !slices.Equal(got, want) {
		t.Fatalf("cleared: shown %v, want %v", got, want)
	}
}

func TestSortKeepsCursorOnMutual(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "j", "j", "j")
	before := currentID(b)
	press(b, "s")
	if got := currentID(b); got != before {
		t.Fatalf("cursor moved from %s to %s on sorting", before, got)
	}
}

// TestSortLargeInCommand: on a large dataset the order is built in a
// command, the header says so meanwhile, and an order overtaken by the
// next press of s is dropped.
func TestSortLargeInCommand(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	ds, err := loadtest.Load(t, "big.toml", datatest.Synthetic(offPathAt, 5))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(sizeMsg(120, 40))
	byName := press(b, "s")
	if byName == nil {
		t.Fatal("a large dataset should sort in a command")
	}
	if h := frame(b); !strings.Contains(h, "sorting by name…") {
		t.Fatalf("header does not say a sort is being built:\n%s", h)
	}
	b.Update(byName())
	if got, want := shownIDs(b)[:20], wantOrder(t, ds, "", model.Sort{Key: "name"})[:20]; !slices.Equal(got, want) {
		t.Fatalf("shown %v, want %v", got, want)
	}
	byPlace := press(b, "s")
	b.Update(press(b, "s")()) // region overtakes location
	b.Update(byPlace())
	if b.sort.Key != "region" {
		t.Fatalf("sort is %q after a stale order arrived, want region", b.sort.Key)
	}
}

func TestSortWaitsForLoad(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	b.loading = true
	if cmd := press(b, "s"); cmd != nil || b.sort.Key != "" {
		t.Fatal("sorted while loading")
	}
	if f := frame(b); !strings.Contains(f, "sorting waits until loading has finished") {
		t.Fatalf("no word on why s did nothing:\n%s", f)
	}
}

func TestCopyEntry(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "leicester")
	press(b, "enter")
	text := clipboard(t, b, press(b, "y"))
	for _, want := range []string{"# Leicester homeless healthcare", "Inclusion Healthcare", "KPMG"} {
		if !strings.Contains(text, want) {
			t.Errorf("copied Markdown lacks %q:\n%s", want, text)
		}
	}
	if f := frame(b); !strings.Contains(f, "copied Leicester homeless healthcare as Markdown") {
		t.Errorf("footer does not say what was copied:\n%s", f)
	}
	press(b, "j")
	if f := frame(b); strings.Contains(f, "copied") {
		t.Error("the copy message outlived the next key")
	}
}

func TestCopyNarrowDetailAndComparison(t *testing.T) {
	b := newTestBrowser(t, 70, 20)
	press(b, "j", "enter")
	if text := clipboard(t, b, press(b, "y")); !strings.Contains(text, "The London Partnership") {
		t.Errorf("copy on the detail screen copied something else:\n%s", text)
	}
	press(b, "esc", "space", "j", "space", "c")
	text := clipboard(t, b, press(b, "y"))
	if !strings.Contains(text, "| The London Partnership |") || !strings.Contains(text, "learning disability") {
		t.Errorf("copied comparison is not the Markdown table:\n%s", text)
	}
	// The table a report takes: no marks, sources as notes.
	if strings.ContainsAny(text, "≠•◐") || strings.Contains(text, "differs") || !strings.Contains(text, "Sources:") {
		t.Errorf("copied comparison carries the screen's marks, or no sources:\n%s", text)
	}
	if f := frame(b); !strings.Contains(f, "copied the comparison of 2 mutuals") {
		t.Errorf("footer does not say what was copied:\n%s", f)
	}
}

func TestCopyNothing(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "zzzz")
	press(b, "enter")
	if cmd := press(b, "y"); cmd != nil {
		t.Fatal("copied with no mutual shown")
	}
	if f := frame(b); !strings.Contains(f, "nothing to copy") {
		t.Fatalf("no word on why nothing was copied:\n%s", f)
	}
}

func TestInline(t *testing.T) {
	for _, inline := range []bool{false, true} {
		b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Inline: inline})
		b.Update(sizeMsg(80, 24))
		v := b.View()
		if v.AltScreen == inline {
			t.Errorf("Inline %v: AltScreen = %v", inline, v.AltScreen)
		}
		// Inline, the last row is left empty (Bubble Tea clears it on
		// quitting), so the footer sits one row up; the frame still
		// fills the 24 rows and no more.
		lines := strings.Split(v.Content, "\n")
		last := strings.TrimSpace(ansi.Strip(lines[len(lines)-1]))
		if len(lines) != 24 || (last == "") != inline {
			t.Errorf("Inline %v: %d lines, last %q", inline, len(lines), last)
		}
	}
}

func TestCopyFacetsAndTimeline(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "f")
	text := clipboard(t, b, press(b, "y"))
	if !strings.Contains(text, "**service area across 17 mutuals**") || !strings.Contains(text, "| children's services | 2 |") {
		t.Errorf("copied counts are not the stats table:\n%s", text)
	}
	if f := frame(b); !strings.Contains(f, "copied the counts by service area as Markdown") {
		t.Errorf("footer does not say what was copied:\n%s", f)
	}
	press(b, "esc", "t")
	text = clipboard(t, b, press(b, "y"))
	if !strings.Contains(text, "| mutual | announced |") || !strings.Contains(text, "Swindon health and social care") {
		t.Errorf("copied timeline is not the Markdown table:\n%s", text)
	}
	if f := frame(b); !strings.Contains(f, "copied the timeline of 17 mutuals as Markdown") {
		t.Errorf("footer does not say what was copied:\n%s", f)
	}
}

// TestReverseSort: S turns the sort the other way, file order too, and
// the header says so; S again turns it back.
func TestReverseSort(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	forward := shownIDs(b)
	press(b, "S")
	if got := shownIDs(b); !slices.Equal(got, reversed(forward)) {
		t.Errorf("S on file order: %v, want %v", got, reversed(forward))
	}
	if h := strings.Split(frame(b), "\n")[0]; !strings.Contains(h, "by file order ↓") {
		t.Errorf("header %q does not say the order is reversed", h)
	}
	press(b, "S", "s")
	byName := shownIDs(b)
	press(b, "S")
	if got := shownIDs(b); !slices.Equal(got, reversed(byName)) {
		t.Errorf("S on name: %v, want %v", got, reversed(byName))
	}
	if h := strings.Split(frame(b), "\n")[0]; !strings.HasSuffix(strings.TrimSpace(h), "by name ↓") {
		t.Errorf("header %q", h)
	}
	press(b, "S")
	if got := shownIDs(b); !slices.Equal(got, byName) {
		t.Errorf("S twice: %v, want %v", got, byName)
	}
	if h := strings.Split(frame(b), "\n")[0]; !strings.HasSuffix(strings.TrimSpace(h), "by name") {
		t.Errorf("header %q", h)
	}
}

func reversed(s []string) []string {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}
