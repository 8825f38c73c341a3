package model

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestParseQueryOr(t *testing.T) {
	a, b, c := Term{Text: "a"}, Term{Text: "b"}, Term{Text: "c"}
	notX := Term{Text: "x", Negate: true}
	cases := []struct {
		in   string
		want []Clause
	}{
		{"a | b", []Clause{{[]Term{a}}, {[]Term{b}}}},
		{"a|b", []Clause{{[]Term{a}}, {[]Term{b}}}},
		{"a b | c", []Clause{{[]Term{a, b}}, {[]Term{c}}}}, // terms bind tighter than |
		{"c | a b", []Clause{{[]Term{c}}, {[]Term{a, b}}}},
		{`"a|b"`, []Clause{{[]Term{{Text: "a|b"}}}}}, // quoted, a bar is text
		{"a |", []Clause{{[]Term{a}}}},               // still typing
		{"| a", []Clause{{[]Term{a}}}},
		{"a | | b", []Clause{{[]Term{a}}, {[]Term{b}}}},
		{"|", nil},
		{"a a a", []Clause{{[]Term{a}}}}, // a repeated term is one term
		{"-x -x -x", []Clause{{[]Term{notX}}}},
		{"a | a", []Clause{{[]Term{a}}}}, // a repeated clause is one clause
		{"a b | b a", []Clause{{[]Term{a, b}}}},
		{"a | b a", []Clause{{[]Term{a}}, {[]Term{b, a}}}},
		{"zzz:x | c", []Clause{{[]Term{c}}}}, // an unknown field is a problem, not a term
		{"sevice:x | c", []Clause{{[]Term{c}}}},
	}
	for _, tc := range cases {
		if got := ParseQuery(tc.in).Clauses; !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: clauses %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// TestQueryTermBound is the case: 3,000 repeated negated terms
// made 3,000 scans of every record. A repeated term is one term, and past
// MaxTerms different terms the query says so and holds no more, so no
// query costs more than MaxTerms scans.
func TestQueryTermBound(t *testing.T) {
	q := ParseQuery(strings.Repeat("-kpmg ", 3000))
	if n := len(q.Terms()); n != 1 || q.Err() != nil {
		t.Errorf("3,000 repeats of -kpmg: %d terms, error %v; want 1 term and no error", n, q.Err())
	}
	var words []string
	for i := range 300 {
		words = append(words, fmt.Sprintf("-w%d", i))
	}
	for _, s := range []string{strings.Join(words, " "), strings.Join(words, " | "), strings.Join(words[:200], " ") + " | " + strings.Join(words[:200], " x ")} {
		q = ParseQuery(s)
		n := 0
		for _, c := range q.Clauses {
			n += len(c.Terms)
		}
		if n != MaxTerms {
			t.Errorf("%.30q…: %d terms kept, want %d", s, n, MaxTerms)
		}
		if err := q.Err(); err == nil || !strings.Contains(err.Error(), "too many terms: a query may hold 256") {
			t.Errorf("%.30q…: error %v, want one saying the query has too many terms", s, err)
		}
	}
	if err := ParseQuery(strings.Join(words[:MaxTerms], " ")).Err(); err != nil {
		t.Errorf("%d terms: %v, want no error", MaxTerms, err)
	}
}

func TestSearchOr(t *testing.T) {
	ix := NewIndex(testDataset())
	cases := []struct {
		query string
		want  []string
	}{
		{"swindon | leicester", []string{"swindon", "leicester"}},
		{"leicester | swindon", []string{"swindon", "leicester"}}, // dataset order
		{"health -kpmg | cafe", []string{"swindon", "zurich"}},
		{"wave:1 | wave:2", []string{"swindon", "leicester"}},
		{"swindon | nothing-matches", []string{"swindon"}},
		{"nothing | matches", nil},
		{"-health | swindon", []string{"swindon", "zurich"}},
		{"swindon |", []string{"swindon"}},
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

// TestOrIsUnion: for pairs of queries over the test dataset, a | b finds
// exactly the mutuals a finds and those b finds, by Search, SearchWithin
// and Matches; and a query that narrows another finds no more.
func TestOrIsUnion(t *testing.T) {
	ix := NewIndex(testDataset())
	sides := []string{"health", "-kpmg", "service:health", "swindon", "cafe zurich", "wave:2", "-wave:1", `"adult social"`, "source:third", "nothing", "staff:nhs -staff:council"}
	all := []int{0, 1, 2}
	for _, a := range sides {
		for _, b := range sides {
			q := ParseQuery(a + " | " + b)
			want := union(ix.Search(ParseQuery(a)), ix.Search(ParseQuery(b)))
			if got := ix.Search(q); !slices.Equal(got, want) {
				t.Errorf("%q: Search %v, want the union %v", q.Raw, got, want)
			}
			if got := ix.SearchWithin(q, all); !slices.Equal(got, want) {
				t.Errorf("%q: SearchWithin %v, want %v", q.Raw, got, want)
			}
			for i := range all {
				if ix.Matches(i, q) != slices.Contains(want, i) {
					t.Errorf("%q: Matches(%d) = %v", q.Raw, i, !slices.Contains(want, i))
				}
			}
			for _, narrower := range []string{a + "x | " + b, a + " | " + b + " care", a, b, a + " " + b} {
				n := ParseQuery(narrower)
				if n.Narrows(q) && !subset(ix.Search(n), ix.Search(q)) {
					t.Errorf("%q narrows %q, yet finds %v beyond %v", narrower, q.Raw, ix.Search(n), ix.Search(q))
				}
			}
		}
	}
	if !ParseQuery("swindon | leic").Narrows(ParseQuery("swin | lei")) || ParseQuery("swindon | kpmg").Narrows(ParseQuery("swindon")) {
		t.Error("Narrows: each clause must narrow one of the previous query's")
	}
}

// TestOrWhyAndHighlight: the reason and the highlights of a row come from
// the side of the bar the mutual matched.
func TestOrWhyAndHighlight(t *testing.T) {
	ds := testDataset()
	ix := NewIndex(ds)
	q := ParseQuery("health swindon | kpmg")
	leicester := 1
	if got := ix.For(leicester, q).Highlight("name", ds.Mutuals[leicester].Name); got != nil {
		t.Errorf("Leicester matched by kpmg highlights %v in its name (health is the other side's)", got)
	}
	if got := ix.For(0, q).Highlight("name", ds.Mutuals[0].Name); len(got) != 2 {
		t.Errorf("Swindon highlights %v in its name, want swindon and health", got)
	}
	for _, why := range []func() (Reason, bool){
		func() (Reason, bool) { return ix.Why(leicester, q, "name", "location", "service_area") },
		func() (Reason, bool) { return q.Why(ds, &ds.Mutuals[leicester], "name", "location", "service_area") },
	} {
		r, ok := why()
		if !ok || r.Field.Key != "mentors" || r.Value != "KPMG" {
			t.Errorf("Leicester's reason: %+v %v, want its mentor KPMG", r, ok)
		}
	}
	if r, ok := ix.Why(0, q, "name", "location", "service_area"); ok {
		t.Errorf("Swindon shows both its terms in its row, yet has reason %+v", r)
	}
}

func union(a, b []int) []int {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// BenchmarkLongQueries: a query of many terms costs a bounded multiple of
// one search. Beside the one-term search (the baseline, in the same run):
// 3,000 repeats of a negated term (one term once parsed), 300 different
// negated terms (256 kept), and 128 alternatives.
func BenchmarkLongQueries(b *testing.B) {
	var distinct, alternatives []string
	for i := range 300 {
		distinct = append(distinct, fmt.Sprintf("-zz%d", i))
	}
	for i := range 128 {
		alternatives = append(alternatives, fmt.Sprintf("zz%d", i))
	}
	queries := []struct{ name, query string }{
		{"one-term", "-kpmg"},
		{"3000-repeats", strings.Repeat("-kpmg ", 3000)},
		{"e", "e"},
		{"1000-e", strings.Repeat("e ", 1000)},
		{"service-a", `service:"a"`},
		{"300-service-a", strings.Repeat(`service:"a" `, 300)},
		{"300-distinct", strings.Join(distinct, " ")},
		{"128-alternatives", strings.Join(alternatives, " | ")},
	}
	ds := benchDataset(b, 100000)
	ix := NewIndex(ds)
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				ix.Search(ParseQuery(q.query))
			}
		})
	}
}

// benchDataset is n mutuals with a little text each, made here: the model
// package cannot import the loader.
func benchDataset(b *testing.B, n int) *Dataset {
	b.Helper()
	ms := make([]Mutual, n)
	for i := range ms {
		ms[i] = Mutual{ID: fmt.Sprintf("m-%d", i), Name: fmt.Sprintf("Mutual %d health and care", i), Location: "Town " + fmt.Sprint(i%500),
			ServiceArea: []string{"community health", "adult social care"}, Summary: "A made-up record for the benchmark.", Sources: []string{"a"}}
	}
	return NewDataset("bench", nil, ms, []Source{{ID: "a", Title: "A source"}})
}
