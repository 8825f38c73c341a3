package browser

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

func TestTimelineScreen(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	if cmd := press(b, "t"); cmd != nil {
		t.Error("twelve mutuals should draw at once, not in a command")
	}
	f := frame(b)
	for _, want := range []string{"Timeline · 17 mutuals · 2009–2024", "2009", "Swindon health and social care", "✕ transferred 2016-10-01", "┄ unknown after 2011-03-02", "◆ announced", "esc"} {
		if !strings.Contains(f, want) {
			t.Fatalf("no %q on the timeline screen:\n%s", want, f)
		}
	}
	press(b, "t")
	if onScreen(b) != "list" {
		t.Fatal("t did not return to the list")
	}
	press(b, "t", "esc")
	if onScreen(b) != "list" || !strings.Contains(frame(b), "▸ Mutuals") {
		t.Fatalf("esc did not return to the list:\n%s", frame(b))
	}
	press(b, "t", "?")
	press(b, "esc")
	if onScreen(b) != "timeline" {
		t.Fatal("help did not return to the timeline")
	}
}

// TestTimelineScreenFollowsFilter: t draws the mutuals the filter shows,
// in the list's order.
func TestTimelineScreenFollowsFilter(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "service:health")
	press(b, "enter", "t")
	f := frame(b)
	if !strings.Contains(f, "Timeline · 3 mutuals") || !strings.Contains(f, "Leicester homeless healthcare") || strings.Contains(f, "Westminster") {
		t.Fatalf("the timeline does not follow the filter:\n%s", f)
	}
	press(b, "esc", "/")
	typeText(b, "zzzz")
	press(b, "enter", "t")
	if f := frame(b); !strings.Contains(f, "Timeline · 0 mutuals") || !strings.Contains(f, "no mutuals match") {
		t.Fatalf("an empty filter:\n%s", f)
	}
}

// TestTimelineScreenIsThePrintedChart: the screen and `mutuals timeline`
// share one renderer, so its rows are the printed ones, right of the
// cursor's gutter.
func TestTimelineScreenIsThePrintedChart(t *testing.T) {
	for _, w := range []int{40, 60, 120, 140} {
		b := newTestBrowser(t, w, 40)
		press(b, "t")
		var buf bytes.Buffer
		if err := format.NewOutput(&buf, true, w-gutter, format.Text).PrintTimeline(uitest.AllMutuals(b.ds)); err != nil {
			t.Fatal(err)
		}
		printed := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		screen := strings.Split(frame(b), "\n")[2:] // below the header and the title
		for i, l := range printed {
			if l == "Where sources differ" || i >= len(screen)-1 {
				break // the readings under the legend scroll into view
			}
			if strings.TrimRight(string([]rune(screen[i])[gutter:]), " ") != l {
				t.Fatalf("width %d, line %d: screen %q, printed %q", w, i, screen[i], l)
			}
		}
	}
}

// TestTimelineScreenScrolls: on a short screen the rows scroll under a
// ruler that stays put.
func TestTimelineScreenScrolls(t *testing.T) {
	b := newTestBrowser(t, 80, 12)
	press(b, "t")
	if !strings.Contains(frame(b), "row 1 of 17") || !strings.Contains(frame(b), "▸ FE colleges") {
		t.Fatalf("top of a short timeline:\n%s", frame(b))
	}
	press(b, "G")
	f := frame(b)
	lines := strings.Split(f, "\n")
	if !strings.Contains(lines[2], "2009") || strings.Contains(f, "FE colleges") || !strings.Contains(f, "unknown after the last dated fact") {
		t.Fatalf("bottom of a short timeline, ruler kept:\n%s", f)
	}
	b.Update(sizeMsg(50, 60)) // the chart, its legend and the readings under it
	if f := frame(b); !strings.Contains(f, "FE colleges") || !strings.Contains(f, "unknown after the last dated fact") {
		t.Fatalf("after growing, everything shows:\n%s", f)
	}
}

// TestTimelineScreenBig: a big filter is drawn in a command; the screen
// opens at once and a stale build is dropped.
func TestTimelineScreenBig(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	ds, err := loadtest.Load(t, "big.toml", datatest.Synthetic(offPathAt, 3))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(sizeMsg(100, 30))
	older := press(b, "t")
	if older == nil || !strings.Contains(frame(b), "drawing the timeline") {
		t.Fatalf("a big timeline should build in a command:\n%s", frame(b))
	}
	press(b, "esc")
	newer := press(b, "t")
	b.Update(older())
	if !strings.Contains(frame(b), "drawing the timeline") {
		t.Fatal("a stale build was applied")
	}
	b.Update(newer())
	f := frame(b)
	if !strings.Contains(f, "Timeline · 5000 mutuals") || !strings.Contains(f, "row 1 of 5000") {
		t.Fatalf("the big timeline:\n%s", f)
	}
	for _, l := range strings.Split(f, "\n") {
		if ansi.StringWidth(l) > 100 {
			t.Fatalf("line wider than the screen: %q", l)
		}
	}
}

// TestTimelineFollowsLateSearch: a search still running when t is pressed
// redraws the timeline when its result arrives.
func TestTimelineFollowsLateSearch(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	ds, err := loadtest.Load(t, "big.toml", datatest.Synthetic(offPathAt, 3))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(sizeMsg(100, 30))
	b.search.SetValue("health")
	search := b.runSearch()
	b.Update(press(b, "t")())
	if f := frame(b); !strings.Contains(f, "Timeline · 5000 mutuals") {
		t.Fatalf("before the search result:\n%s", f)
	}
	if _, build := b.Update(search()); build != nil { // fewer rows build at once
		b.Update(build())
	}
	want := fmt.Sprintf("Timeline · %d mutuals", shownCount(b))
	if f := frame(b); shownCount(b) == 5000 || !strings.Contains(f, want) {
		t.Fatalf("want %q after the search:\n%s", want, f)
	}
}

// TestTimelineOpensAtTheListsCursor: t opens the timeline on the row of
// the mutual under the list's cursor, not on the first row.
func TestTimelineOpensAtTheListsCursor(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "j", "j", "j")
	name := b.ds.Mutuals[b.list.current()].Name
	settle(b, press(b, "t"))
	f := frame(b)
	if !strings.Contains(f, "row 4 of 17") {
		t.Fatalf("the timeline does not open at the list's fourth row:\n%s", f)
	}
	for _, l := range strings.Split(f, "\n") {
		if strings.Contains(l, cursorGlyph) && !strings.Contains(l, "Timeline ·") && !strings.Contains(l, name[:12]) {
			t.Errorf("the cursor's row is not %s's: %q", name, l)
		}
	}
}
