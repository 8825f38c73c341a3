package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// TestLongValueSaysWhatIsLeft: a screen draws the first ScreenTextMax
// bytes of a long value and says how much it left, in the units people
// read sizes in, and which command prints it all, in words true wherever
// the browser runs (locally with --data, or over SSH, where there is no
// "mutuals" to run); an id from the data is shown printable.
func TestLongValueSaysWhatIsLeft(t *testing.T) {
	summary := strings.Repeat("word ", 1_000_000) // 5,000,000 bytes
	m := model.Mutual{ID: "long\x1b[31m-one", Name: "Long", Summary: summary}
	ds := model.NewDataset("t", nil, []model.Mutual{m}, nil)
	lines := RecordView(ds, &ds.Mutuals[0], 200, NewStyles(true), RecordOptions{Screen: true})
	text := ansi.Strip(strings.Join(lines, "\n"))
	want := "… 4.7 MiB more, not drawn here: the command show long␛[31m-one prints it all"
	if !strings.Contains(text, want) {
		t.Errorf("the detail does not say %q:\n%s", want, text[max(0, len(text)-600):])
	}
	if strings.Contains(text, "mutuals show") {
		t.Error("the detail names a program a reader over SSH does not have")
	}
}

func TestBytes(t *testing.T) {
	for n, want := range map[int]string{1: "1 byte", 812: "812 bytes", 32 << 10: "32 KiB", 4_967_298: "4.7 MiB"} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestShowCommand(t *testing.T) {
	for id, want := range map[string]string{"swindon": "show swindon", "--data": "show -- --data", "-": "show -- -"} {
		if got := showCommand(id); got != want {
			t.Errorf("showCommand(%q) = %q, want %q", id, got, want)
		}
	}
}
