package browser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmePictureMark is the comment in README.md over the picture of the
// browser; the fenced block under it is the frame TestREADMEPicture draws.
const readmePictureMark = "<!-- the browser: go test ./ui/browser -run TestREADMEPicture -update redraws it -->"

// TestREADMEPicture holds the README's picture of the browser to the frame
// the browser draws: a search, two mutuals marked, at 100×24. A change to
// the screen fails here until -update redraws the picture, so the README
// never shows a screen the program no longer has.
func TestREADMEPicture(t *testing.T) {
	b := newTestBrowser(t, 100, 24)
	press(b, "/")
	typeText(b, "health")
	press(b, "enter", "space", "j", "j", "space")
	want := strings.TrimRight(frame(b), "\n")

	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, ok := strings.Cut(string(readme), readmePictureMark+"\n```text\n")
	if !ok {
		t.Fatalf("README.md has no %q followed by a text block", readmePictureMark)
	}
	got, after, ok := strings.Cut(rest, "```\n")
	if !ok {
		t.Fatal("README.md: the picture's block is not closed")
	}
	lines := strings.Split(want, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	want = strings.Join(lines, "\n") + "\n"
	if *update {
		out := before + readmePictureMark + "\n```text\n" + want + "```\n" + after
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != want {
		t.Errorf("README.md's picture of the browser is not what it draws (go test ./ui/browser -run TestREADMEPicture -update redraws it):\n%s\nwant:\n%s", got, want)
	}
}
