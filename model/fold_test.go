package model

import (
	"reflect"
	"testing"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Café":                   "cafe",
		"adult  social\tcare":    "adult social care",
		" a \u00a0\u3000b\n":     " a b ",
		"a \u0301 b":             "a b", // a mark that folds to nothing leaves one space
		"ÉCOLE\r\n\r\nprimaire ": "ecole primaire ",
		"plain ascii":            "plain ascii",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
		if got, _ := foldOffsets(in); got != want {
			t.Errorf("foldOffsets(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSearchSpacing: a query reads any run of spaces as one, so a value
// with a run of spaces or a tab is found by its words and highlighted.
func TestSearchSpacing(t *testing.T) {
	ms := []Mutual{
		{ID: "a", Name: "a", ServiceArea: []string{"adult  social care"}},
		{ID: "b", Name: "b", ServiceArea: []string{"adult\tsocial care"}},
		{ID: "c", Name: "c", ServiceArea: []string{"adult care"}},
	}
	ix := NewIndex(NewDataset("t", nil, ms, nil))
	q := ParseQuery(`service:"adult social"`)
	if got := ix.Search(q); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("Search(%q) = %v, want [0 1]", q.Raw, got)
	}
	if got := q.Highlight("service_area", "adult  social care"); !reflect.DeepEqual(got, []Range{{0, 13}}) {
		t.Errorf("Highlight = %v, want [{0 13}]", got)
	}
}
