package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWidthFlag: --width takes 20 to 1000 columns; anything else is a
// usage error (exit 2) before any data is loaded, for every command that
// takes it.
func TestWidthFlag(t *testing.T) {
	for _, cmd := range [][]string{{"list"}, {"show", "swindon"}, {"compare", "swindon", "leicester"}, {"stats"}, {"timeline"}} {
		for _, w := range []string{"0", "19", "-5", "1001", "99999999999", "2147483648"} {
			_, err := run(t, append(cmd, "--width", w)...)
			if err == nil || !isUsage(err) || !strings.Contains(err.Error(), "20 to 1000") {
				t.Errorf("%s --width %s: error %v, want a usage error naming 20 to 1000", cmd[0], w, err)
			}
		}
		for _, w := range []string{"20", "1000"} {
			out, err := run(t, append(cmd, "--width", w)...)
			if err != nil {
				t.Errorf("%s --width %s: %v", cmd[0], w, err)
			}
			for _, l := range strings.Split(out, "\n") {
				// A word longer than the line (an address) is printed whole
				// on a line of its own, for copying: no other line is wider.
				if n := ansi.StringWidth(l); n > atoi(w) && strings.Contains(strings.TrimSpace(ansi.Strip(l)), " ") {
					t.Errorf("%s --width %s: a line of %d cells", cmd[0], w, n)
					break
				}
			}
		}
	}
}

// TestColumns: $COLUMNS is clamped to 20–1000, never trusted, and a value
// that is no number is ignored.
func TestColumns(t *testing.T) {
	for columns, want := range map[string]int{
		"2147483648": 1000, "99999999999999999999999": 1000, "1001": 1000, "100": 100,
		"5": 20, "0": 20, "-7": 20, "abc": 80, "": 80,
	} {
		t.Setenv("COLUMNS", columns)
		if got, err := outputWidth(nil, &options{}); err != nil || got != want {
			t.Errorf("COLUMNS=%q: width %d, %v; want %d", columns, got, err, want)
		}
	}
	t.Setenv("COLUMNS", "2147483648")
	out, err := run(t, "compare", "swindon", "leicester", "--all")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(out, "\n") {
		if n := ansi.StringWidth(l); n > 1000 {
			t.Fatalf("COLUMNS=2147483648: a line of %d cells", n)
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
