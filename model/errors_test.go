package model

import (
	"strconv"
	"strings"
	"testing"
)

// hostileArgs are what a user (or a script fed untrusted text) can type
// where the program echoes it back in an error.
var hostileArgs = []string{
	"\x1b]0;PWNED\a", "\x1b]52;c;cGF5bG9hZA==\a", "\x1b[2J", "\x9b2J", "\u0085name", "name\u202e",
	"\u2066form", "\xff\xfe", "se\tr\nvice",
}

// TestErrorsArePrintable: every error that echoes an argument quotes it,
// and every error that names data makes it printable.
func TestErrorsArePrintable(t *testing.T) {
	ds := NewDataset("hostile", nil, []Mutual{
		{ID: "evil-a", Name: "evil \x1b]0;PWNED\a", Location: "\x1b[2J here"},
		{ID: "evil-b", Name: "evil \x1b]52;c;cGF5bG9hZA==\a", Location: "\u202egnp.exe"},
	}, nil)
	check := func(what, arg string, err error) {
		t.Helper()
		if err == nil {
			return // a hostile argument may also be a fine one
		}
		msg := err.Error()
		if i := strings.IndexFunc(msg, func(r rune) bool { return r != '\n' && Unsafe(r) }); i >= 0 {
			t.Errorf("%s(%q): unsafe character at %d in %q", what, arg, i, msg)
		}
		if arg != "" && !strings.Contains(msg, strconv.Quote(arg)) && !strings.Contains(msg, strconv.Quote(strings.TrimSpace(arg))) {
			t.Errorf("%s(%q): the argument is not quoted in %q", what, arg, msg)
		}
	}
	for _, a := range hostileArgs {
		q := ParseQuery(a + ":x")
		for _, p := range q.Problems {
			check("ParseQuery", p.Field, p)
		}
		_, err := FacetField(a)
		check("FacetField", a, err)
		_, err = ParseFields(a)
		check("ParseFields", "", err)
		_, err = ParseSort(a)
		check("ParseSort", "", err)
		_, err = ds.Find(a)
		check("Find", a, err)
	}
	_, err := ds.Find("evil")
	check("Find", "evil", err)
	if err == nil {
		t.Fatal(`Find("evil"): no error for two candidates`)
	}
	if msg := err.Error(); !strings.Contains(msg, Printable("evil \x1b]0;PWNED\a")) {
		t.Errorf("the candidates are not listed as printable text: %q", msg)
	}
	_, err = FacetField("\u0085name") // a known field behind a C1 space
	check("FacetField", "\u0085name", err)
}
