package model

import "testing"

// TestClosestOnlyNear: a word is suggested only for a near spelling (an
// edit or a swap of two letters in a short word, two in a longer one), never
// for an unrelated word of about the same length.
func TestClosestOnlyNear(t *testing.T) {
	sourceKeys := []string{"id", "title", "publisher", "author", "date", "url", "note"}
	cases := []struct {
		word       string
		candidates []string
		want       string // "" for none
	}{
		{"mutual", sourceKeys, ""},
		{"x\x1b", []string{"id", "name", "wave"}, ""},
		{"zz", []string{"id"}, ""},
		{"auther", sourceKeys, "author"},
		{"titel", sourceKeys, "title"},
		{"scr", []string{"src", "other"}, "src"},
		{"lsit", []string{"list", "show"}, "list"},
		{"mien", []string{"mine"}, "mine"},
		{"regoin", []string{"region", "wave"}, "region"},
		{"sevice_area", []string{"service_area", "staff_groups"}, "service_area"},
		{"staf_grops", []string{"service_area", "staff_groups"}, "staff_groups"},
	}
	for _, tc := range cases {
		got, ok := Closest(tc.word, tc.candidates)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Closest(%q) = %q %v, want %q", tc.word, got, ok, tc.want)
		}
	}
}
