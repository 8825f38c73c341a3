package browser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestEnterFocusesTheDetail: on a wide screen enter gives the detail the
// keys (j scrolls it, the list's cursor stays); tab gives them back.
func TestEnterFocusesTheDetail(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	id := currentID(b)
	press(b, "enter")
	if !(b.focus == onDetail) || !strings.Contains(frame(b), "▸ Detail") {
		t.Fatalf("enter did not focus the detail:\n%s", frame(b))
	}
	press(b, "j", "j")
	if currentID(b) != id || detailTop(b) != 2 {
		t.Errorf("j with the detail focused: cursor on %s (want %s), detail at %d", currentID(b), id, detailTop(b))
	}
	press(b, "tab")
	if b.focus == onDetail {
		t.Errorf("tab did not give the keys back to the list")
	}
}

// TestUnmarkAll: u clears every mark; the footer says how many it will
// clear, and u with none marked says why it did nothing.
func TestUnmarkAll(t *testing.T) {
	for _, w := range []int{120, 70} {
		b := newTestBrowser(t, w, 30)
		press(b, "space", "j", "space", "j", "space")
		if foot := lastLine(frame(b)); !strings.Contains(foot, "u unmark 3") {
			t.Errorf("%d columns: footer %q does not offer u with the count", w, foot)
		}
		press(b, "u")
		if n := len(b.list.marked); n != 0 || strings.Contains(frame(b), markGlyph) {
			t.Errorf("%d columns: %d marked after u", w, n)
		}
		if !strings.Contains(strings.Split(frame(b), "\n")[0], "0 marked") {
			t.Errorf("%d columns: header %q", w, strings.Split(frame(b), "\n")[0])
		}
		press(b, "u")
		if foot := lastLine(frame(b)); !strings.Contains(foot, "nothing is marked") {
			t.Errorf("%d columns: u with none marked: %q", w, foot)
		}
	}
}

// TestListKeyFrames holds enter (wide), u's footer and S to golden files.
func TestListKeyFrames(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {70, 20}} {
		for _, sc := range []struct {
			name string
			keys []string
		}{
			{"enter-focus", []string{"j", "enter"}},
			{"unmark-footer", []string{"space", "j", "space", "j", "space"}},
			{"reverse-sort", []string{"s", "S"}},
		} {
			name := fmt.Sprintf("frame-%dx%d-%s.txt", size[0], size[1], sc.name)
			b := newTestBrowser(t, size[0], size[1])
			press(b, sc.keys...)
			uitest.Golden(t, *update, name, []byte(frame(b)+"\n"))
		}
	}
}
