package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// TestPrintedWithoutColourHasNoFragments: printed to a file, output is the
// coloured output with every escape sequence removed whole, however the
// printer's buffering splits its writes (a bufio.Writer flushes every
// 4 KiB, often inside a sequence).
func TestPrintedWithoutColourHasNoFragments(t *testing.T) {
	ds := pathfinders(t)
	var ms []*model.Mutual
	for i := range ds.Mutuals {
		ms = append(ms, &ds.Mutuals[i])
	}
	for w := 20; w <= 200; w++ {
		var coloured, plain bytes.Buffer
		if err := (Output{W: &coloured, Styles: NewStyles(true), Width: w, Format: Text}).PrintTimeline(ms); err != nil {
			t.Fatal(err)
		}
		if err := NewOutput(&plain, false, w, Text).PrintTimeline(ms); err != nil {
			t.Fatal(err)
		}
		if want := ansi.Strip(coloured.String()); plain.String() != want {
			t.Fatalf("width %d: printed\n%s\nwant\n%s", w, plain.String(), want)
		}
	}
}

// TestSplitEscapeSequences: a sequence cut across two writes is still
// removed whole.
func TestSplitEscapeSequences(t *testing.T) {
	seq := "a\x1b[2;38;2;106;106;106mdim\x1b[m b\x1b]8;;https://x\x1b\\link\x1b]8;;\x07 c\n"
	for cut := 0; cut <= len(seq); cut++ {
		var buf bytes.Buffer
		o := NewOutput(&buf, true, 80, Text)
		for _, part := range []string{seq[:cut], seq[cut:]} {
			if n, err := o.W.Write([]byte(part)); err != nil || n != len(part) {
				t.Fatalf("cut %d: wrote %d of %d: %v", cut, n, len(part), err)
			}
		}
		if got := buf.String(); got != "adim blink c\n" || strings.Contains(got, "\x1b") {
			t.Fatalf("cut %d: %q", cut, got)
		}
	}
}
