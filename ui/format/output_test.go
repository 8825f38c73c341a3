package format

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// TestPrintedWithoutColourHasNoFragments: printed to a file, output is the
// coloured output with every escape sequence removed whole, however the
// printer's buffering splits its writes (a bufio.Writer flushes every
// 4 KiB, often inside a sequence).
func TestPrintedWithoutColourHasNoFragments(t *testing.T) {
	ds := uitest.Pathfinders(t)
	var ms []*model.Mutual
	for i := range ds.Mutuals {
		ms = append(ms, &ds.Mutuals[i])
	}
	for _, w := range uitest.Widths(20, 200) {
		var coloured, plain bytes.Buffer
		if err := (Output{w: &coloured, Styles: render.NewStyles(true), Width: w, Format: Text}).PrintTimeline(ms); err != nil {
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
		o := Output{w: &wholeSequences{w: &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}}}
		for _, part := range []string{seq[:cut], seq[cut:]} {
			if n, err := o.w.Write([]byte(part)); err != nil || n != len(part) {
				t.Fatalf("cut %d: wrote %d of %d: %v", cut, n, len(part), err)
			}
		}
		if got := buf.String(); got != "adim blink c\n" || strings.Contains(got, "\x1b") {
			t.Fatalf("cut %d: %q", cut, got)
		}
	}
}

// TestStyledOutputIsExact: to a terminal, where the colour writer rewrites
// each write, styled text arrives whole: once its styles are removed, it is
// byte for byte what a pipe receives, for every profile.
func TestStyledOutputIsExact(t *testing.T) {
	n := 300 // 3,000 with the heavy tests on
	if datatest.Heavy() {
		n = 3000
	}
	ds, err := loadtest.Load(t, "synthetic.toml", datatest.Synthetic(n, 7))
	if err != nil {
		t.Fatal(err)
	}
	ms := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		ms[i] = &ds.Mutuals[i]
	}
	prints := map[string]func(Output) error{
		"list":     func(o Output) error { return o.PrintList(ds, ms) },
		"timeline": func(o Output) error { return o.PrintTimeline(ms) },
		"stats": func(o Output) error {
			f, _ := model.FieldByKey("location")
			return o.PrintStats(Stats{Field: f, Mutuals: len(ms), Counts: model.Facet(ms, "location")})
		},
	}
	for name, print := range prints {
		var plain bytes.Buffer
		if err := print(newOutput(&plain, colorprofile.NoTTY, 100, Text)); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(plain.String(), "\x1b") {
			t.Errorf("%s: a pipe receives styles", name)
		}
		for _, p := range []colorprofile.Profile{colorprofile.ASCII, colorprofile.ANSI, colorprofile.ANSI256, colorprofile.TrueColor} {
			var styled bytes.Buffer
			if err := print(newOutput(&styled, p, 100, Text)); err != nil {
				t.Fatal(err)
			}
			if got := ansi.Strip(styled.String()); got != plain.String() {
				t.Errorf("%s at %v: %d bytes without styles, want %d, first difference at %d", name, p, len(got), plain.Len(), firstDiffAt(got, plain.String()))
			}
		}
	}
}

func firstDiffAt(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
