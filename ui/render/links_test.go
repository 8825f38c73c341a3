package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// On screen a source's address may be cut to fit the pane, so each piece
// is a hyperlink to the whole address; printed, it is whole on one line.
func TestSourceAddressesOpenWhole(t *testing.T) {
	ds := uitest.Pathfinders(t)
	m, err := ds.Find("leicester")
	if err != nil {
		t.Fatal(err)
	}
	const address = "http://webarchive.nationalarchives.gov.uk/20121107095908/http:/blogs.defra.gov.uk/3rd-sector/2010/08/francis-maude-launches-pathfinder-mutuals/"
	screen := strings.Join(RecordView(ds, m, 40, NewStyles(true), RecordOptions{Screen: true}), "\n")
	if n := strings.Count(screen, ansi.SetHyperlink(address)); n < 3 {
		t.Errorf("the address is linked on %d lines on screen, want each piece linked to it whole:\n%s", n, ansi.Strip(screen))
	}
	printed := strings.Join(RecordLines(ds, m, 40, NewStyles(true)), "\n")
	if !strings.Contains(ansi.Strip(printed), "    "+address+"\n") || strings.Contains(printed, "\x1b]8") {
		t.Errorf("printed, the address is not whole on a line of its own, or is a hyperlink:\n%s", ansi.Strip(printed))
	}
}

func TestLinkTarget(t *testing.T) {
	tests := []struct {
		address string
		ok      bool
	}{
		{"https://example.org/a-b", true},
		{"http://example.org", true},
		{"javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"https://example.org/\x1b]8;;evil\x07", false},
		{"https://example.org/\x07", false},
		{"https:///nohost", false},
		{"", false},
	}
	for _, tt := range tests {
		if _, ok := linkTarget(tt.address); ok != tt.ok {
			t.Errorf("linkTarget(%q) = %v, want %v", tt.address, ok, tt.ok)
		}
	}
	// An address that may not be linked is still shown, made printable.
	got := strings.Join(urlLines("javascript:\x1b[31m", 60, pen{Styles: NewStyles(true), screen: true}), "")
	if strings.Contains(got, "\x1b]8") || strings.Contains(got, "\x1b[31m") {
		t.Errorf("urlLines = %q", got)
	}
}
