package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EFacets: in the browser, f counts the shown mutuals by a field,
// and enter on a value narrows the list to it; at 60 columns and at 120.
func TestE2EFacets(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{120, 30}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			t.Parallel()
			socket, _ := startTerm(t, w, h, "")
			waitFits(t, socket, "17 shown", w, h)
			tmux(t, socket, "send-keys", "-t", "x", "f")
			waitFits(t, socket, "children's services", w, h)
			tmux(t, socket, "send-keys", "-t", "x", "Right", "Right", "Right")
			waitFits(t, socket, "social enterprise", w, h)
			tmux(t, socket, "send-keys", "-t", "x", "Enter") // social enterprise: the largest count
			waitUntil(t, socket, e2eWait, func(screen string) string {
				return lacks(screen, `/ form:"social enterprise"`, "17 of 21 or 22 mutuals · 4 shown", "Leicester homeless healthcare")
			})
			waitFits(t, socket, "▸ Mutuals", w, h)
		})
	}
}

// TestE2EStats: the command prints what the golden file holds, and a
// mistyped field is a usage error with a suggestion.
func TestE2EStats(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	out, errOut, code := e2eRun(t, e2eEnv("COLUMNS=80"), bin, "stats", "--by", "form")
	// the golden file of the printed formats, in ui/format
	want, err := os.ReadFile(filepath.Join("..", "format", "testdata", "golden", "stats-form.text"))
	if err != nil {
		t.Fatal(err)
	}
	if code != 0 || errOut != "" || out != string(want) {
		t.Errorf("mutuals stats --by form: exit %d, stderr %q, printed:\n%s\nwant:\n%s", code, errOut, out, want)
	}
	out, _, code = e2eRun(t, e2eEnv(), bin, "stats", "place:london", "--by", "staff", "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "value,mutuals\ncouncil children's services staff,2\n") {
		t.Errorf("stats place:london --by staff --format csv: exit %d:\n%s", code, out)
	}
	for _, args := range [][]string{{"stats", "--by", "sevice"}, {"stats", "sevice:health"}} {
		_, errOut, code = e2eRun(t, e2eEnv(), append([]string{bin}, args...)...)
		if code != 2 || !strings.Contains(errOut, "did you mean service?") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a suggestion", args, code, errOut)
		}
	}
}
