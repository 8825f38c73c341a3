package model

import (
	"slices"
	"strings"
	"testing"
)

func sortFixture() []Mutual {
	return []Mutual{
		{ID: "a", Name: "Zeta", Location: "Leeds", Wave: 2, LegalForm: "CIC", Events: []Event{{Date: "2011"}, {Date: "2010-08"}}},
		{ID: "b", Name: "alpha", Location: "", Region: "North", Events: []Event{{Date: "2016-10-01"}}},
		{ID: "c", Name: "Émile", Location: "bath", Region: "South", Wave: 1, LegalForm: "co-operative"},
		{ID: "d", Name: "beta", Location: "Leeds", Wave: 2, LegalForm: "cic", Events: []Event{{Date: "2010-08"}}},
		{ID: "e", Name: "Unknown", Location: "Unknown", LegalForm: "unknown"},
	}
}

func ids(ms []Mutual, positions []int) string {
	var out []string
	for _, p := range positions {
		out = append(out, ms[p].ID)
	}
	return strings.Join(out, "")
}

func TestSortOrder(t *testing.T) {
	ms := sortFixture()
	tests := []struct {
		sort Sort
		want string
	}{
		{Sort{}, "abcde"},
		{Sort{Key: "name"}, "bdcea"}, // case and accents ignored; a name is never "unknown"
		{Sort{Key: "name", Descending: true}, "aecdb"},
		{Sort{Key: "location"}, "cadbe"}, // none or "Unknown" last; the Leeds tie in load order
		{Sort{Key: "location", Descending: true}, "adcbe"},
		{Sort{Key: "region"}, "bcade"}, // unrecorded last, in load order
		{Sort{Key: "region", Descending: true}, "cbade"},
		{Sort{Key: "wave"}, "cadbe"},                   // no wave known last; a and d tie at 2
		{Sort{Key: "wave", Descending: true}, "adcbe"}, // still last when reversed
		{Sort{Key: "legal_form"}, "adcbe"},             // "CIC" and "cic" tie
		{Sort{Key: "date"}, "adbce"},                   // earliest event, not the first listed
		{Sort{Key: "date", Descending: true}, "badce"}, // a and d tie at 2010-08: load order
	}
	for _, tt := range tests {
		pos := []int{0, 1, 2, 3, 4}
		tt.sort.Order(ms, pos)
		if got := ids(ms, pos); got != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.sort, got, tt.want)
		}
	}
}

func TestSortOrderSubset(t *testing.T) {
	ms := sortFixture()
	pos := []int{3, 0}
	Sort{Key: "name"}.Order(ms, pos)
	if got := ids(ms, pos); got != "da" {
		t.Errorf("got %s, want da", got)
	}
}

func TestParseSort(t *testing.T) {
	tests := []struct {
		in, err string
		want    Sort
	}{
		{in: "name", want: Sort{Key: "name"}},
		{in: "-date", want: Sort{Key: "date", Descending: true}},
		{in: " Place ", want: Sort{Key: "location"}},
		{in: "form", want: Sort{Key: "legal_form"}},
		{in: "-legal_form", want: Sort{Key: "legal_form", Descending: true}},
		{in: "first_event", want: Sort{Key: "date"}},
		{in: "regoin", err: "did you mean region?"},
		{in: "colour", err: "sort by one of name, location, region, wave, legal_form, date"},
		{in: "", err: "cannot sort by"},
	}
	for _, tt := range tests {
		got, err := ParseSort(tt.in)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParseSort(%q) error = %v, want one containing %q", tt.in, err, tt.err)
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("ParseSort(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestSortCycleAndLabel(t *testing.T) {
	var labels []string
	s := Sort{}
	for range len(SortKeys) + 3 {
		labels = append(labels, s.Label())
		s = s.Next()
	}
	want := []string{"file order", "name", "location", "region", "wave", "legal form", "first event", "status", "file order", "name"}
	if !slices.Equal(labels, want) {
		t.Errorf("cycle = %q, want %q", labels, want)
	}
	if got := (Sort{Key: "name", Descending: true}).Label(); got != "name ↓" {
		t.Errorf("descending label = %q", got)
	}
}

func TestSorted(t *testing.T) {
	order := []int{2, 0, 3, 1}
	tests := []struct {
		matches, order, want []int
	}{
		{[]int{0, 1, 2, 3}, order, []int{2, 0, 3, 1}},
		{[]int{1, 3}, order, []int{3, 1}},
		{[]int{}, order, []int{}},
		{[]int{0, 5, 4}, order, []int{0, 5, 4}}, // still loading: beyond the order, in load order
		{[]int{3, 1}, nil, []int{3, 1}},         // no sort: as given
	}
	for _, tt := range tests {
		if got := Sorted(tt.matches, tt.order); !slices.Equal(got, tt.want) {
			t.Errorf("Sorted(%v, %v) = %v, want %v", tt.matches, tt.order, got, tt.want)
		}
	}
}

// TestSortByDatePrecision: a date known only to its year sorts at the
// start of it, before the dates in it, as the timeline draws it; a date
// that does not read counts as none.
func TestSortByDatePrecision(t *testing.T) {
	ms := []Mutual{
		{ID: "y", Events: []Event{{Date: "2010"}}},
		{ID: "s", Events: []Event{{Date: "2010-09"}}},
		{ID: "m", Events: []Event{{Date: "2010-03-02"}}},
		{ID: "x", Events: []Event{{Date: "soon"}}},
		{ID: "e", Events: []Event{{Date: "2011"}, {Date: "2009-12"}}},
		{ID: "j", Events: []Event{{Date: "2010-01"}}},
	}
	pos := []int{0, 1, 2, 3, 4, 5}
	Sort{Key: "date"}.Order(ms, pos)
	if got := ids(ms, pos); got != "eyjmsx" {
		t.Errorf("by date: got %s, want eyjmsx", got)
	}
}

func TestSortValue(t *testing.T) {
	m := &Mutual{Name: "N", Location: "L", Wave: 2, Events: []Event{{Date: "2012-05"}, {Date: "2010-08-12"}, {Date: "not a date"}}}
	cases := []struct{ key, want string }{
		{"name", "N"}, {"location", "L"}, {"region", "unknown"}, {"wave", "wave 2"},
		{"legal_form", "unknown"}, {"date", "2010-08-12"}, {"nothing", ""},
	}
	for _, tc := range cases {
		if got := SortValue(m, tc.key); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.key, got, tc.want)
		}
	}
	if got := SortValue(&Mutual{}, "date"); got != "unknown" {
		t.Errorf("no events: %q", got)
	}
}
