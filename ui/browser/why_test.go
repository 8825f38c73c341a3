package browser

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestWhyItMatched: the case. /westminster children lists FE
// colleges' awarding body through a source's title; its row says so, with
// the words highlighted, and so does its detail.
func TestWhyItMatched(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "westminster children")
	press(b, "enter")
	rows := frame(b)
	if !strings.Contains(rows, "source: [Westminster … — Children & Young") {
		t.Fatalf("no row says why it matched:\n%s", rows)
	}
	for i, id := range shownIDs(b) {
		if id != "awarding-body" {
			continue
		}
		moveTo(b, i)
		screen := b.Render()
		for _, w := range []string{"Westminster", "Children"} {
			if !strings.Contains(screen, b.st.Match.Render(w)) {
				t.Errorf("%q is not highlighted on the screen", w)
			}
		}
		detail := strings.Join(detailLines(b), "\n")
		if !strings.Contains(detail, b.st.Match.Render("Westminster")) {
			t.Errorf("the detail does not highlight the match:\n%s", detail)
		}
		return
	}
	t.Fatalf("fe-awarding-body is not listed: %v", shownIDs(b))
}

// TestWhyNotWhenShown: a row whose own text shows the match keeps its
// place and services line.
func TestWhyNotWhenShown(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "leicester")
	if f := frame(b); strings.Contains(f, "summary:") || strings.Contains(f, "source:") || !strings.Contains(f, "Leicester · ") {
		t.Fatalf("a visible match got a reason:\n%s", f)
	}
}

// TestNoMatchNoDetail: when a search matches nothing, the detail shows
// nothing, whatever it showed before.
func TestNoMatchNoDetail(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "health")
	typeText(b, "zzzz")
	if f := frame(b); !strings.Contains(f, "no mutual matches") || len(detailLines(b)) != 0 {
		t.Fatalf("no match, yet the detail holds %d lines:\n%s", len(detailLines(b)), f)
	}
	b.Update(tea.WindowSizeMsg{Width: 130, Height: 40})
	if n := len(detailLines(b)); n != 0 {
		t.Errorf("after a resize the detail holds %d lines", n)
	}
}

// TestWhyFollowsOr: with a bar, each row is lit by the side it matched:
// on homeless | health place:swindon, Leicester (homeless) lists and its
// detail lights Homeless, not the Health of Healthcare, which is the other
// side's.
func TestWhyFollowsOr(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "homeless | health place:swindon")
	press(b, "enter")
	if got := shownIDs(b); len(got) != 2 {
		t.Fatalf("shown %v, want swindon and leicester", got)
	}
	for i, id := range shownIDs(b) {
		if id != "leicester" {
			continue
		}
		moveTo(b, i)
		detail := strings.Join(detailLines(b), "\n")
		if !strings.Contains(detail, b.st.Match.Render("Homeless")) || strings.Contains(detail, b.st.Match.Render("Health")) {
			t.Errorf("Leicester's detail does not light Homeless alone:\n%s", detail)
		}
	}
}

// TestReasonsFoundInUpdate: the reasons the rows on screen give are found
// when the list changes, in Update; drawing a frame reads them and
// changes nothing, however often it is drawn.
func TestReasonsFoundInUpdate(t *testing.T) {
	b := newTestBrowser(t, 120, 12)
	press(b, "/")
	typeText(b, "cabinet") // in a source's title: every row says so
	press(b, "enter")
	found := reasonsKept(b)
	if found == 0 {
		t.Fatal("no reason was found for the rows on screen before drawing them")
	}
	frame(b)
	press(b, "pgdown") // rows not on screen before
	after := reasonsKept(b)
	frame(b)
	frame(b)
	if after <= found {
		t.Fatalf("the rows a page down brought kept no reasons (%d before, %d after)", found, after)
	}
	if got := reasonsKept(b); got != after {
		t.Errorf("drawing kept %d reasons more", got-after)
	}
}
