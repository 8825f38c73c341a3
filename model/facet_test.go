package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestFacet(t *testing.T) {
	ms := []*Mutual{
		{ID: "a", ServiceArea: []string{"Adult social care", "health"}, Region: "London", Mentors: []string{"KPMG"}, StaffGroups: []string{"Unknown"}},
		{ID: "b", ServiceArea: []string{"adult  social care", "Health", "HEALTH"}, Region: "london", StaffGroups: []string{"unknown", "nurses"}},
		{ID: "c", ServiceArea: []string{"youth"}, Region: "South West", StaffGroups: []string{"nurses"}},
		{ID: "d", ServiceArea: []string{"café"}, LegalForm: "trust"},
		{ID: "e", ServiceArea: []string{"cafe", " "}, LegalForm: "co-operative", Readings: []Reading{
			{Field: "legal_form", Value: "co-operative", Sources: []string{"s1"}},
			{Field: "legal_form", Value: "social enterprise", Sources: []string{"s2"}},
		}},
	}
	cases := []struct {
		field string
		want  []Count
	}{
		// a list field counts each value once a mutual; spellings that
		// fold alike are one value, shown as first seen; ties alphabetical
		{"service", []Count{{"Adult social care", 2}, {"café", 2}, {"health", 2}, {"youth", 1}}},
		{"service_area", []Count{{"Adult social care", 2}, {"café", 2}, {"health", 2}, {"youth", 1}}},
		// a mutual with no value counts under the empty value, last
		{"region", []Count{{"London", 2}, {"South West", 1}, {"", 2}}},
		{"mentor", []Count{{"KPMG", 1}, {"", 4}}},
		// "unknown" says nothing is known, as no value does
		{"staff", []Count{{"nurses", 2}, {"", 3}}},
		// disagreeing readings: the mutual counts under each
		{"form", []Count{{"co-operative", 1}, {"social enterprise", 1}, {"trust", 1}, {"", 3}}},
		{"nonsense", nil},
	}
	for _, tc := range cases {
		got := Facet(ms, tc.field)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Facet(%s) = %v, want %v", tc.field, got, tc.want)
		}
	}
	if got := Facet(nil, "service"); len(got) != 0 {
		t.Errorf("no mutuals: got %v", got)
	}
}

func TestFacetLargestFirst(t *testing.T) {
	var ms []*Mutual
	for i, v := range []string{"b", "a", "c", "a", "c", "a"} {
		ms = append(ms, &Mutual{ID: string(rune('a' + i)), Outcome: v})
	}
	want := []Count{{"a", 3}, {"c", 2}, {"b", 1}}
	if got := Facet(ms, "outcome"); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestFacetField(t *testing.T) {
	cases := []struct{ in, key, err string }{
		{"service", "service_area", ""},
		{"service_area", "service_area", ""},
		{"service area", "service_area", ""},
		{"place", "location", ""},
		{"Staff", "staff_groups", ""},
		{"form", "legal_form", ""},
		{"sevice", "", `unknown field "sevice": did you mean service? (count by one of service, staff, mentor, form, wave, region, location, outcome, partner, status, programme)`},
		{"zzzzzzzz", "", `unknown field "zzzzzzzz": count by one of service`},
		{"name", "", `cannot count by "name": each mutual has its own; count by one of service`},
	}
	for _, tc := range cases {
		f, err := FacetField(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || f.Key != tc.key {
			t.Errorf("%q: got %q, %v; want %q", tc.in, f.Key, err, tc.key)
		}
	}
}

func TestSquash(t *testing.T) {
	for in, want := range map[string]string{
		"a b": "a b", " a": "a", "a ": "a", "a  b": "a b", "a\tb": "a b", "": "", "  ": "", "é\u00a0x": "é x",
	} {
		if got := squash(in); got != want {
			t.Errorf("squash(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFieldTerm(t *testing.T) {
	service, _ := FieldByKey("service_area")
	form, _ := FieldByKey("legal_form")
	cases := []struct {
		f           Field
		value, want string
	}{
		{service, "health", "service:health"},
		{service, "adult social care", `service:"adult social care"`},
		{service, "  adult\tsocial  care ", "service:social"},
		{form, "co-operative", "form:co-operative"},
		{service, `the "big" society`, "service:society"},
		{service, `say "hello world" twice`, `service:"hello world"`},
		{service, "red \x1b[31mtext", "service:[31mtext"},
		{service, "bidi \u202egnp.exe", "service:gnp.exe"},
		{service, "café", "service:café"},
	}
	for _, v := range []string{"", `""`, "\x1b\x1b", "   "} {
		if got, ok := FieldTerm(service, v); ok {
			t.Errorf("FieldTerm(%q) = %q: a value with nothing to search has no term", v, got)
		}
	}
	for _, tc := range cases {
		got, ok := FieldTerm(tc.f, tc.value)
		if got != tc.want || !ok {
			t.Errorf("FieldTerm(%q) = %q, want %q", tc.value, got, tc.want)
		}
	}
}

// TestFieldTermFinds: the term FieldTerm makes for a value finds the
// mutual that has it, and only in that field.
func TestFieldTermFinds(t *testing.T) {
	values := []string{"adult social care", `the "big" society`, "red \x1b[31mtext", "bidi \u202egnp.exe", "Café  Olé", "GP services"}
	var ms []Mutual
	for i, v := range values {
		ms = append(ms, Mutual{ID: string(rune('a' + i)), Name: "x", ServiceArea: []string{v}, Summary: v})
	}
	ix := NewIndex(NewDataset("t", nil, ms, nil))
	service, _ := FieldByKey("service")
	for i, v := range values {
		term, _ := FieldTerm(service, v)
		q := ParseQuery(term)
		if q.Err() != nil || len(q.Terms()) != 1 || q.Terms()[0].Field != "service_area" {
			t.Errorf("%q: the term %q parses as %+v", v, q.Raw, q)
			continue
		}
		found := false
		for _, j := range ix.Search(q) {
			found = found || j == i
		}
		if !found {
			t.Errorf("%q: the term %q does not find it", v, q.Raw)
		}
	}
}
