package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	cases := []struct {
		in       string
		terms    []Term
		problems []string
	}{
		{"", nil, nil},
		{"  Adult  ", []Term{{Text: "adult"}}, nil},
		{"service:health -kpmg", []Term{{Field: "service_area", Text: "health"}, {Text: "kpmg", Negate: true}}, nil},
		{`"adult social" care`, []Term{{Text: "adult social"}, {Text: "care"}}, nil},
		{`service:"Adult   Social"`, []Term{{Field: "service_area", Text: "adult social"}}, nil},
		{`-"north east"`, []Term{{Text: "north east", Negate: true}}, nil},
		{"place:LONDON", []Term{{Field: "location", Text: "london"}}, nil},
		{"Café", []Term{{Text: "cafe"}}, nil},
		{"staff:", nil, nil},
		{"-", nil, nil},
		{`"unclosed phrase`, []Term{{Text: "unclosed phrase"}}, nil},
		{"sevice:health adult", []Term{{Text: "adult"}}, []string{`unknown field "sevice": did you mean service?`}},
		{"zzzzzzzz:x", nil, []string{`unknown field "zzzzzzzz": known fields are id, name, location, place, region, wave, form, service, staff, mentor, partner, became, outcome, status, programme, program, summary, event, source`}},
	}
	for _, tc := range cases {
		q := ParseQuery(tc.in)
		if !reflect.DeepEqual(q.Terms(), tc.terms) {
			t.Errorf("%q: terms %+v, want %+v", tc.in, q.Terms(), tc.terms)
		}
		var got []string
		for _, p := range q.Problems {
			got = append(got, p.Error())
		}
		if !reflect.DeepEqual(got, tc.problems) {
			t.Errorf("%q: problems %q, want %q", tc.in, got, tc.problems)
		}
	}
}

func testDataset() *Dataset {
	return withPool(NewDataset("test", nil, []Mutual{
		{ID: "swindon", Name: "Swindon health and social care", Location: "Swindon", Region: "South West", Wave: 1,
			ServiceArea: []string{"community health", "adult social care"}, StaffGroups: []string{"NHS staff", "council staff"},
			LegalForm: "co-operative", Summary: "Integrated care.", Sources: []string{"a"}},
		{ID: "leicester", Name: "Leicester homeless healthcare", Location: "Leicester", Wave: 2,
			ServiceArea: []string{"healthcare for homeless people"}, StaffGroups: []string{"NHS staff"},
			Mentors: []string{"KPMG"}, LegalForm: "social enterprise", Summary: "GP services.", Sources: []string{"b"}},
		{ID: "zurich", Name: "Zürich Café", Location: "Zürich", ServiceArea: []string{"catering"},
			StaffGroups: []string{"cooks"}, Summary: "Coffee.", Sources: []string{"a"}},
	}, []Source{{ID: "a", Title: "Cabinet Office announcement", Publisher: "Cabinet Office"}, {ID: "b", Title: "Case study", Publisher: "Third Sector"}}))
}

func TestSearch(t *testing.T) {
	ix := NewIndex(testDataset())
	cases := []struct {
		query string
		want  []string
	}{
		{"", []string{"swindon", "leicester", "zurich"}},
		{"health", []string{"swindon", "leicester"}},
		{"service:health -kpmg", []string{"swindon"}},
		{`"adult social"`, []string{"swindon"}},
		{`"social adult"`, nil},
		{"mentor:kpmg", []string{"leicester"}},
		{"mentor:john", nil}, // the programme's pool is not an assignment
		{"zurich cafe", []string{"zurich"}},
		{"ZÜRICH", []string{"zurich"}},
		{"place:swindon", []string{"swindon"}},
		{"region:west", []string{"swindon"}},
		{"form:enterprise", []string{"leicester"}},
		{"wave:2", []string{"leicester"}},
		{"wave:1", []string{"swindon"}},
		{"-wave:1", []string{"leicester", "zurich"}}, // a wave not known is not wave 1
		{"source:third", []string{"leicester"}},
		{"source:cabinet", []string{"swindon", "zurich"}},
		{"staff:nhs -staff:council", []string{"leicester"}},
		{"care community", []string{"swindon"}},
		{"nothing-matches-this", nil},
		{"healthadult", nil}, // values do not run into each other
	}
	for _, tc := range cases {
		var got []string
		for _, i := range ix.Search(ParseQuery(tc.query)) {
			got = append(got, ix.Dataset.Mutuals[i].ID)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	cases := []struct {
		query, field, text string
		want               []Range
	}{
		{"health", "name", "Swindon health and social care", []Range{{8, 14}}},
		{"service:health", "name", "Swindon health", nil},
		{"-health", "name", "Swindon health", nil},
		{"cafe", "name", "Zürich Café", []Range{{8, 13}}}, // é is two bytes
		{"zu", "name", "Zürich", []Range{{0, 3}}},
		{"a", "name", "banana", []Range{{1, 2}, {3, 4}, {5, 6}}},
		{"ana nan", "name", "banana", []Range{{1, 5}}},
		{"", "name", "anything", nil},
	}
	for _, tc := range cases {
		got := ParseQuery(tc.query).Highlight(tc.field, tc.text)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q in %q: got %v, want %v", tc.query, tc.text, got, tc.want)
		}
	}
}

func TestFind(t *testing.T) {
	ds := testDataset()
	cases := []struct{ ref, want, err string }{
		{"swindon", "swindon", ""},
		{"LEI", "leicester", ""},
		{"homeless", "leicester", ""},
		{"zürich", "zurich", ""},
		{"s", "swindon", ""},
		{"health", "", `"health" matches 2 mutuals; name one of them by id:`},
		{"lecester", "", "no mutual matches \"lecester\": did you mean leicester?"},
		{"qqqqqqqqqqq", "", "run `mutuals list` to see the ids"},
		{"  ", "", "no mutual matches"},
	}
	for _, tc := range cases {
		m, err := ds.Find(tc.ref)
		switch {
		case tc.err == "" && (err != nil || m.ID != tc.want):
			t.Errorf("%q: got %v, %v; want %s", tc.ref, m, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want %q", tc.ref, err, tc.err)
		}
	}
}

// withPool gives every mutual of ds one programme, which offers them all a pool.
func withPool(ds *Dataset) *Dataset {
	return ds.WithProgramme(Programme{ID: "p", Name: "Test programme", Pools: []Pool{{Mentors: []string{"John Lewis Partnership", "KPMG"}}}})
}
