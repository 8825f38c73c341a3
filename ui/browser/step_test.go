package browser

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestTabMarksWhileSearching: the case. Picking three mutuals took
// about 27 keys, as marking needed the search to give up the keys. Now
// tab marks the row under the cursor and moves down, as in fzf, the
// search keeping the keys; the header counts the marks.
func TestTabMarksWhileSearching(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "swin")
	press(b, "tab")
	if b.focus != onSearch {
		t.Fatalf("tab took the keys from the search (focus %v)", b.focus)
	}
	press(b, "ctrl+u")
	typeText(b, "leic")
	press(b, "tab", "ctrl+u")
	typeText(b, "mansf")
	press(b, "tab")
	if got := b.list.markedIDs(); strings.Join(got, " ") != "swindon leicester mansfield" {
		t.Errorf("marked %v, want swindon, leicester and mansfield", got)
	}
	if h := strings.Split(frame(b), "\n")[0]; !strings.Contains(h, "3 marked") {
		t.Errorf("the header does not count the marks: %q", h)
	}
	if v := b.search.Value(); v != "mansf" {
		t.Errorf("the search holds %q: tab was typed into it", v)
	}
	press(b, "enter", "c")
	if f := frame(b); !strings.Contains(f, "Comparing 3 mutuals") {
		t.Errorf("enter c does not compare the three:\n%s", f)
	}

	// tab again on a marked row unmarks it, and moves down.
	b = newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "health")
	first := currentID(b)
	press(b, "tab")
	if currentID(b) == first {
		t.Error("tab did not move the cursor down")
	}
	press(b, "up", "tab")
	if n := len(b.list.marked); n != 0 {
		t.Errorf("tab on a marked row left %d marked", n)
	}
}

// TestNextRecordFromDetail: the case. The narrow detail had no
// next or previous record, each costing q j enter. ] and [ step through
// the list as it is shown (search and sort kept), and going back finds
// the cursor on the record last shown.
func TestNextRecordFromDetail(t *testing.T) {
	b := newTestBrowser(t, 70, 20)
	press(b, "/")
	typeText(b, "health")
	press(b, "enter")
	settle(b, press(b, "S")) // sorted, reversed: the order the list shows
	press(b, "g")
	ids := shownIDs(b)
	if len(ids) < 3 {
		t.Fatalf("health shows %v", ids)
	}
	press(b, "enter")
	d, ok := b.top().(*detailScreen)
	if !ok {
		t.Fatal("enter did not open the detail")
	}
	press(b, "]")
	if got := b.ds.Mutuals[d.at].ID; got != ids[1] {
		t.Errorf("] shows %s, want the list's second, %s", got, ids[1])
	}
	if !strings.Contains(frame(b), b.ds.Mutuals[d.at].Name) {
		t.Errorf("the detail does not show the next record:\n%s", frame(b))
	}
	press(b, "]", "[")
	if got := b.ds.Mutuals[d.at].ID; got != ids[1] {
		t.Errorf("] [ shows %s, want %s", got, ids[1])
	}
	press(b, "[", "[")
	if f := frame(b); !strings.Contains(f, "this is the first mutual of the list") {
		t.Errorf("[ on the first record says nothing:\n%s", f)
	}
	press(b, "]", "q")
	if currentID(b) != ids[1] {
		t.Errorf("back on the list, the cursor is on %s, want %s", currentID(b), ids[1])
	}

	// Wide: ] moves the detail beside the list, with the keys on it.
	b = newTestBrowser(t, 120, 40)
	press(b, "tab")
	first := currentID(b)
	press(b, "]")
	if currentID(b) == first || b.focus != onDetail {
		t.Errorf("] on the wide detail: on %s (was %s), focus %v", currentID(b), first, b.focus)
	}
}

// TestNextRecordFromTimeline: ] and [ on a mutual's events opened from the
// timeline go to the next and previous row's, at their events.
func TestNextRecordFromTimeline(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	settle(b, press(b, "t"))
	press(b, "enter")
	e, ok := b.top().(*eventsScreen)
	if !ok {
		t.Fatalf("enter on the timeline opened %T", b.top())
	}
	was := e.m
	press(b, "]")
	if e.m == was {
		t.Fatal("] did not move to the next row's mutual")
	}
	if !strings.Contains(frame(b), "What happened next") {
		t.Errorf("the next mutual is not shown at its events:\n%s", frame(b))
	}
	press(b, "[")
	if e.m != was {
		t.Error("[ did not come back")
	}
}

// TestSortKeyOnRows: the case. Sorted by first event or by region,
// the rows showed neither the date nor the region. A row now shows the
// sort's value when it does not show the field, at any width the list
// has room; sorted by name or location, nothing is added.
func TestSortKeyOnRows(t *testing.T) {
	for _, w := range []int{70, 120, 200} {
		b := newTestBrowser(t, w, 40)
		for b.sort.Key != "date" {
			settle(b, press(b, "s"))
		}
		for _, at := range b.list.shown()[:4] {
			mu := &b.ds.Mutuals[at]
			row := rowText(b, at)
			if want := firstDate(mu.Events); !strings.HasSuffix(strings.TrimSpace(row), want) || !strings.Contains(frame(b), row) {
				t.Errorf("width %d, by date: %s's row does not end with its first date %s: %q", w, mu.ID, want, row)
			}
		}
		b = newTestBrowser(t, w, 40)
		settle(b, press(b, "s")) // by name: shown already
		if tag := rowSortTag(b); tag != "" {
			t.Errorf("sorted by name, the rows add %q", tag)
		}
	}
}

func firstDate(es []model.Event) string {
	m := &model.Mutual{Events: es}
	return model.SortValue(m, "date")
}

// TestFocusYouCanSee: the case. Which pane had the keys was a
// small ▸ on a title. The pane with the keys now has ▸, its title in the
// accent colour and a heavy rule across its width; the other a dim title
// and a thin rule, which read apart without colour too.
func TestFocusYouCanSee(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	titles := func() (list, detail string) {
		line := strings.Split(frame(b), "\n")[2]
		list, detail, _ = strings.Cut(line, "│")
		return list, detail
	}
	list, detail := titles()
	if !strings.HasPrefix(list, "▸ Mutuals ━") || !strings.HasPrefix(detail, "  Detail") || !strings.Contains(detail, "──") || strings.Contains(detail, "━") {
		t.Errorf("list focused: titles %q | %q", list, detail)
	}
	if raw := strings.Split(b.Render(), "\n")[2]; !strings.HasPrefix(raw, strings.TrimSuffix(b.st.Title.Render("▸ Mutuals ━"), "\x1b[m")) {
		t.Errorf("the focused title is not in the accent style: %q", raw)
	}
	press(b, "tab")
	list, detail = titles()
	if !strings.HasPrefix(detail, "▸ Detail") || !strings.Contains(detail, "━━") || strings.Contains(list, "━") || strings.Contains(list, "▸") {
		t.Errorf("detail focused: titles %q | %q", list, detail)
	}
}
