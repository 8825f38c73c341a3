package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	ds := testDataset()
	ms := []*Mutual{&ds.Mutuals[0], &ds.Mutuals[1]}
	c := Compare(ms, DefaultCompareFields, ds)
	want := []struct {
		field  string
		values [][]string
		same   bool
	}{
		{"status", [][]string{{}, {}}, false}, // unknown for both: never "the same"
		{"service_area", [][]string{{"community health", "adult social care"}, {"healthcare for homeless people"}}, false},
		{"staff_groups", [][]string{{"NHS staff", "council staff"}, {"NHS staff"}}, false},
		{"mentors", [][]string{{}, {"KPMG"}}, false},
		{PoolField, [][]string{{"John Lewis Partnership", "KPMG"}, {"John Lewis Partnership", "KPMG"}}, true},
	}
	if len(c.Rows) != len(want) {
		t.Fatalf("got %d rows", len(c.Rows))
	}
	for i, w := range want {
		r := c.Rows[i]
		if r.Field != w.field || !reflect.DeepEqual(r.Values, w.values) || r.Same != w.same {
			t.Errorf("row %d: got %+v, want %+v", i, r, w)
		}
	}
	if got := c.Header[0].Values; !reflect.DeepEqual(got, [][]string{{ms[0].Name}, {ms[1].Name}}) {
		t.Errorf("header names %v", got)
	}
}

func TestCompareLegalFormReadings(t *testing.T) {
	m := Mutual{ID: "w", LegalForm: "arms-length mutual organisation", Readings: []Reading{
		{Field: "legal_form", Value: "arm's length management organisation", Sources: []string{"a1"}},
		{Field: "legal_form", Value: "arms-length mutual organisation", Sources: []string{"a2"}},
	}}
	c := Compare([]*Mutual{&m, &m}, []string{"legal_form"}, nil)
	want := []string{"arm's length management organisation (a1)", "arms-length mutual organisation (a2)"}
	if !reflect.DeepEqual(c.Rows[0].Values[0], want) || !c.Rows[0].Same {
		t.Errorf("got %+v", c.Rows[0])
	}
}

func TestParseFields(t *testing.T) {
	cases := []struct {
		in   string
		want []string
		err  string
	}{
		{"service_area,outcome", []string{"service_area", "outcome"}, ""},
		{"service, staff, place", []string{"service_area", "staff_groups", "location"}, ""},
		{"legal form,mentor pool", []string{"legal_form", PoolField}, ""},
		{"sevice_area", nil, "did you mean service_area?"},
		{" , ", nil, "no fields given"},
	}
	for _, tc := range cases {
		got, err := ParseFields(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, %v", tc.in, got, err)
		}
	}
}

func TestPrintable(t *testing.T) {
	cases := map[string]string{
		"plain":                   "plain",
		"red \x1b[31mtext\x1b[0m": "red ␛[31mtext␛[0m",
		"title\x1b]0;pwned\x07":   "title␛]0;pwned␇",
		"line\nbreak\ttab":        "line break tab",
		"c1 \u009b31m":            "c1 \uFFFD31m",
		"bidi \u202egnp.exe":      "bidi gnp.exe",
		"bad \xff byte":           "bad \uFFFD byte",
		"emoji 👩\u200d💻 and café": "emoji 👩\u200d💻 and café",
	}
	for in, want := range cases {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
}

// Two mutuals no source gives an outcome for are not "the same": the row
// is unknown for all, which claims nothing.
func TestCompareUnknownIsNotSame(t *testing.T) {
	a := &Mutual{ID: "a", Outcome: Unknown, Partners: nil, Became: ""}
	b := &Mutual{ID: "b", Outcome: "", Partners: []string{Unknown}}
	c := Compare([]*Mutual{a, b}, []string{"outcome", "partners", "became"}, nil)
	for _, r := range c.Rows {
		if r.Same || !r.Unknown {
			t.Errorf("%s: same %v, unknown for all %v; want not the same and unknown for all", r.Field, r.Same, r.Unknown)
		}
	}
	b.Outcome = "spun out"
	c = Compare([]*Mutual{a, b}, []string{"outcome"}, nil)
	if r := c.Rows[0]; r.Same || r.Unknown {
		t.Errorf("one known outcome: same %v, unknown for all %v", r.Same, r.Unknown)
	}
}

// A field the header shows (location, legal form) is not shown again as a
// row, even with every field asked for.
func TestCompareBodyLeavesOutTheHeader(t *testing.T) {
	a, b := &Mutual{ID: "a", Location: "X"}, &Mutual{ID: "b", Location: "Y"}
	c := Compare([]*Mutual{a, b}, CompareFields(), nil)
	for _, r := range c.Body() {
		for _, h := range c.Header {
			if r.Field == h.Field {
				t.Errorf("%s is in the header and the body", r.Field)
			}
		}
	}
	if len(c.Body()) != len(c.Rows)-2 {
		t.Errorf("body has %d rows, want %d", len(c.Body()), len(c.Rows)-2)
	}
}
