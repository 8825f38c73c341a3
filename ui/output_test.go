package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// TestStyledOutputIsExact: to a terminal, where the colour writer rewrites
// each write, styled text arrives whole: once its styles are removed, it is
// byte for byte what a pipe receives, for every profile.
func TestStyledOutputIsExact(t *testing.T) {
	ds, err := data.Parse("synthetic.toml", data.Synthetic(3000, 7))
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
