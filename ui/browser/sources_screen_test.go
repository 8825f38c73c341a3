package browser

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestSourcesScreen: r on the list opens every source of the data, with
// its id, publisher, date and address; the title counts them and says
// where the window is; the moves scroll to the last; r, q and esc go back
// to the list, the search and marks kept.
func TestSourcesScreen(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for _, back := range []string{"r", "q", "esc"} {
		b := newTestBrowser(t, 100, 20)
		press(b, "space")
		press(b, "r")
		if onScreen(b) != "sources" {
			t.Fatalf("r opened %s, want the sources", onScreen(b))
		}
		first := ds.Sources[0]
		if want := fmt.Sprintf("Sources · %d · lines 1–", len(ds.Sources)); !strings.Contains(title(b), want) {
			t.Errorf("title %q, want it to begin %q", title(b), want)
		}
		for _, want := range []string{"[" + first.ID + "] " + first.Title, first.Publisher, first.Date, first.URL[:40]} {
			if !strings.Contains(frame(b), want) {
				t.Errorf("the first source's %q is not shown:\n%s", want, frame(b))
			}
		}
		press(b, "G")
		last := ds.Sources[len(ds.Sources)-1]
		if !strings.Contains(frame(b), "["+last.ID+"]") {
			t.Errorf("G does not show the last source %s:\n%s", last.ID, frame(b))
		}
		if !strings.Contains(footer(b), "y copy the sources") {
			t.Errorf("footer %q does not offer the copy", footer(b))
		}
		if cmd := press(b, back); isQuit(cmd) || onScreen(b) != "list" || markedCount(b) != 1 {
			t.Fatalf("%s on the sources: now on %s with %d marked, want the list with 1", back, onScreen(b), markedCount(b))
		}
	}
}

// TestSourcesCopy: y copies every source as a Markdown list, and the footer
// says so.
func TestSourcesCopy(t *testing.T) {
	ds := uitest.Pathfinders(t)
	b := newTestBrowser(t, 100, 20)
	press(b, "r")
	text := clipboard(t, b, press(b, "y"))
	for _, s := range ds.Sources {
		if !strings.Contains(text, "- ["+s.ID+"] "+s.Title) {
			t.Errorf("the copy lacks %s:\n%s", s.ID, text)
		}
	}
	if want := fmt.Sprintf("copied %d sources", len(ds.Sources)); !strings.Contains(footer(b), want) {
		t.Errorf("footer %q, want %q", footer(b), want)
	}
}

// TestSourcesFollowTheData: a reload that changes the sources shows the
// new ones on the open screen; data without sources says so.
func TestSourcesFollowTheData(t *testing.T) {
	b := newTestBrowser(t, 100, 20)
	press(b, "r")
	one := model.NewDataset("f.toml", nil, nil, []model.Source{{ID: "only", Title: "The only source", Publisher: "Gazette", Date: "2011"}})
	b.setData(snapshotOf(model.NewIndex(one), false))
	if f := frame(b); !strings.Contains(f, "[only] The only source — Gazette — 2011") || !strings.Contains(title(b), "Sources · 1") {
		t.Errorf("the new sources are not shown:\n%s", f)
	}
	b.setData(snapshotOf(model.NewIndex(model.NewDataset("f.toml", nil, nil, nil)), false))
	if f := frame(b); !strings.Contains(f, "the data names no sources") {
		t.Errorf("no word on an empty list:\n%s", f)
	}
	b.Update(tea.WindowSizeMsg{Width: 1, Height: 1})
	checkFrame(t, b, "1×1")
}
