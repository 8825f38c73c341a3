package browser

import (
	"os"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestMain runs the parallel tests, the ones that wait (on a watcher's
// quiet, a cursor's blink, a stopped process), all at once, so that their
// waits overlap; the tests that compute run one at a time before them.
func TestMain(m *testing.M) {
	os.Exit(datatest.RunWaiting(m, 8))
}

// keyMsg builds the key press a terminal sends for a key name.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "backspace": tea.KeyBackspace,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
	}
	switch {
	case k == "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case k == "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case strings.HasPrefix(k, "ctrl+"):
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	case special[k] != 0:
		return tea.KeyPressMsg{Code: special[k]}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func newTestBrowser(t testing.TB, w, h int) *Browser {
	t.Helper()
	b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Mouse: true, Clipboard: (&fakeClipboard{tool: "xclip"}).write})
	b.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return b
}

// press sends keys and returns the command of the last one.
func press(b *Browser, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = b.Update(keyMsg(k))
	}
	return cmd
}

// typeText types into whatever has focus, a key per character.
func typeText(b *Browser, s string) {
	for _, r := range s {
		b.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func frame(b *Browser) string { return ansi.Strip(b.Render()) }

// isQuit reports whether cmd is tea.Quit itself, the command the browser
// quits with (nothing else runs as it quits: a batch holding tea.Quit is
// not a quit). It compares the functions rather than run cmd, which may
// sleep (the search box's cursor blink does).
func isQuit(cmd tea.Cmd) bool {
	return cmd != nil && reflect.ValueOf(cmd).Pointer() == reflect.ValueOf(tea.Quit).Pointer()
}

func TestMoveKeys(t *testing.T) {
	cases := []struct {
		keys []string
		want string
	}{
		{nil, "awarding-body"},
		{[]string{"j"}, "london-partnership"},
		{[]string{"down", "down", "k"}, "london-partnership"},
		{[]string{"up"}, "awarding-body"},
		{[]string{"G"}, "evolve-yp"},
		{[]string{"end", "g"}, "awarding-body"},
		{[]string{"end", "home"}, "awarding-body"},
		{[]string{"pgdown"}, "kensington-chelsea"}, // 20 body lines: 9 entries a page
		{[]string{"pgdown", "pgup"}, "awarding-body"},
		{[]string{"ctrl+d"}, "north-east-essex"},
		{[]string{"ctrl+d", "ctrl+u"}, "awarding-body"},
		{[]string{"G", "j", "j"}, "evolve-yp"},
	}
	for _, tc := range cases {
		b := newTestBrowser(t, 120, 23)
		press(b, tc.keys...)
		if got := currentID(b); got != tc.want {
			t.Errorf("%v: cursor on %s, want %s", tc.keys, got, tc.want)
		}
	}
}

func TestSearchAsYouType(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	if !(b.focus == onSearch) {
		t.Fatal("/ did not focus the search bar")
	}
	typeText(b, "leic")
	if got := shownCount(b); got != 1 || currentID(b) != "leicester" {
		t.Fatalf("after typing leic: %d shown, cursor on %s", got, currentID(b))
	}
	if !strings.Contains(frame(b), "17 of 21 or 22 mutuals · 1 shown · 0 marked") {
		t.Errorf("header counts not updated:\n%s", frame(b))
	}
	press(b, "enter")
	if ((b.focus == onSearch) || (b.focus == onDetail)) || shownCount(b) != 1 {
		t.Fatalf("enter should return to the list keeping the filter")
	}
	press(b, "esc")
	if shownCount(b) != 17 || b.search.Value() != "" {
		t.Fatalf("esc in the list should clear the filter")
	}
	press(b, "/")
	typeText(b, "kpmg")
	press(b, "esc")
	if ((b.focus == onSearch) || (b.focus == onDetail)) || shownCount(b) != 17 {
		t.Fatalf("esc in search should clear it and return to the list")
	}
}

func TestSearchHintForUnknownField(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "/")
	typeText(b, "sevice:health leic")
	if !strings.Contains(frame(b), `unknown field "sevice": did you mean service?`) {
		t.Errorf("no hint in the search bar:\n%s", frame(b))
	}
	if shownCount(b) != 1 {
		t.Errorf("the rest of the query should still filter, got %d shown", shownCount(b))
	}
}

func TestMarksSurviveFiltering(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "space", "j", "space")
	press(b, "/")
	typeText(b, "swindon")
	press(b, "enter", "space")
	press(b, "esc")
	if markedCount(b) != 3 {
		t.Fatalf("marks: %v", b.list.marked)
	}
	press(b, "g", "space") // unmark the first
	if markedCount(b) != 2 || strings.Contains(frame(b), "● FE colleges") {
		t.Fatalf("space should unmark: %v", b.list.marked)
	}
	if strings.Count(frame(b), markGlyph) != 2 {
		t.Errorf("want two mark glyphs:\n%s", frame(b))
	}
}

func TestCompareScreen(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "c")
	if onScreen(b) != "list" || !strings.Contains(frame(b), "mark at least two mutuals") {
		t.Fatalf("c with none marked should say so in the footer:\n%s", frame(b))
	}
	press(b, "/")
	typeText(b, "service:health")
	press(b, "enter", "space", "j", "space", "c")
	f := frame(b)
	for _, want := range []string{"Comparing 2 mutuals", "≠ service area", "≠ staff groups", "≠ mentors named", "= mentor pool"} {
		if !strings.Contains(f, want) {
			t.Errorf("comparison lacks %q:\n%s", want, f)
		}
	}
	press(b, "a")
	if !strings.Contains(frame(b), "outcome") || !strings.Contains(frame(b), "all fields") {
		t.Errorf("a should show all fields:\n%s", frame(b))
	}
	press(b, "a", "d")
	if strings.Contains(frame(b), "mentor pool") || !strings.Contains(frame(b), "differences only") {
		t.Errorf("d should hide rows that are the same:\n%s", frame(b))
	}
	press(b, "esc")
	if onScreen(b) != "list" {
		t.Fatal("esc should go back to the list")
	}
	press(b, "c")
	if cmd := press(b, "p"); !isQuit(cmd) || b.Result() == nil || len(b.Result().Mutuals) != 2 {
		t.Fatal("p should quit with the comparison to print")
	}
}

func TestCompareColumnsScroll(t *testing.T) {
	b := newTestBrowser(t, 70, 20)
	press(b, "space", "j", "space", "j", "space", "c")
	if !strings.Contains(frame(b), "columns 1–") {
		t.Fatalf("three columns should not fit at 70 wide:\n%s", frame(b))
	}
	before := openCompare(b).first
	press(b, "right")
	if openCompare(b).first != before+1 || !strings.Contains(frame(b), "  name ") {
		t.Errorf("→ should scroll the columns and keep the labels:\n%s", frame(b))
	}
	press(b, "h")
	if openCompare(b).first != before {
		t.Error("h should scroll back")
	}
}

func TestFocusAndDetailScroll(t *testing.T) {
	b := newTestBrowser(t, 120, 20)
	press(b, "tab")
	if !(b.focus == onDetail) {
		t.Fatal("tab should focus the detail")
	}
	press(b, "j", "j")
	if detailTop(b) != 2 || currentID(b) != "awarding-body" {
		t.Errorf("j in the detail should scroll it (offset %d), not move the list", detailTop(b))
	}
	press(b, "tab", "j")
	if currentID(b) != "london-partnership" || detailTop(b) != 0 {
		t.Error("after tab, j moves the list and the new detail starts at the top")
	}
}

func TestHelpAndQuit(t *testing.T) {
	b := newTestBrowser(t, 120, 60)
	press(b, "?")
	f := frame(b)
	for _, group := range fullHelp(b.keyGroups()) {
		for _, k := range group {
			if !strings.Contains(f, k.Help().Key) {
				t.Errorf("help lacks %q", k.Help().Key)
			}
		}
	}
	press(b, "esc")
	if onScreen(b) != "list" {
		t.Fatal("esc should close the help")
	}
	if !isQuit(press(b, "q")) {
		t.Error("q should quit")
	}
	press(b, "/")
	if isQuit(press(b, "q")) || !isQuit(press(b, "ctrl+c")) {
		t.Error("q types in the search; ctrl+c quits even there")
	}
}

func TestNarrowDetailBehindEnter(t *testing.T) {
	b := newTestBrowser(t, 70, 20)
	if strings.Contains(frame(b), "legal form") {
		t.Fatal("a narrow screen shows the list alone")
	}
	press(b, "j", "enter")
	if onScreen(b) != "detail" || !strings.Contains(frame(b), "The London Partnership") || !strings.Contains(frame(b), "legal form") {
		t.Fatalf("enter should open the detail:\n%s", frame(b))
	}
	press(b, "esc")
	if onScreen(b) != "list" || currentID(b) != "london-partnership" {
		t.Fatal("esc should return to the list where it was")
	}
}

func TestMouse(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	b.Update(tea.MouseClickMsg{X: 5, Y: 2 + 1 + 2*3, Button: tea.MouseLeft}) // the fourth entry
	if currentID(b) != "hammersmith-fulham" {
		t.Errorf("click selected %s", currentID(b))
	}
	b.Update(tea.MouseWheelMsg{X: 100, Y: 10, Button: tea.MouseWheelDown})
	if detailTop(b) != 3 {
		t.Errorf("wheel over the detail should scroll it, offset %d", detailTop(b))
	}
}

func TestTooSmall(t *testing.T) {
	b := newTestBrowser(t, 39, 10)
	if !strings.Contains(frame(b), "Terminal too small") {
		t.Errorf("39×10 should say it is too small:\n%s", frame(b))
	}
}

func sizeMsg(w, h int) tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} }

// TestStaleSearchDropped: a large dataset filters in commands; a result
// that arrives after a newer one is dropped.
func TestStaleSearchDropped(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	ds, err := loadtest.Load(t, "big.toml", datatest.Synthetic(offPathAt, 3))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(sizeMsg(120, 40))
	b.search.SetValue("health")
	older := b.runSearch()
	b.search.SetValue("zzzz nothing matches")
	newer := b.runSearch()
	if older == nil || newer == nil {
		t.Fatal("a large dataset should filter in a command")
	}
	b.Update(newer())
	b.Update(older())
	if n := shownCount(b); n != 0 || b.query.Raw != "zzzz nothing matches" {
		t.Fatalf("the stale result was applied: %d shown for %q", n, b.query.Raw)
	}
}
