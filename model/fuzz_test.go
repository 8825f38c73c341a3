package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mutuals/mutuals/model"
)

// fuzzDataset is a small dataset whose text is hard to fold: accents
// (precomposed and combining), CJK, Hangul (which NFD splits into jamo),
// emoji with joiners and modifiers, case mappings that change length, and
// a legal form with two readings.
func fuzzDataset() *model.Dataset {
	return withPool(model.NewDataset("fuzz", nil, []model.Mutual{
		{ID: "zurich", Name: "Zürich Café", Location: "Zürich", Region: "Schweiz",
			ServiceArea: []string{"catering", "crème brûlée"}, StaffGroups: []string{"cooks", "Kellnerinnen"},
			LegalForm: "Genossenschaft", Summary: "Coffee, naïve résumé and façade; ÉCOLE in capitals.", Sources: []string{"a"}},
		{ID: "tokyo", Name: "東京ケア協同組合", Location: "東京都", Region: "関東",
			ServiceArea: []string{"介護", "保育"}, StaffGroups: []string{"看護師"}, Mentors: []string{"KPMG"},
			Summary: "日本語の要約。全角ＡＢＣ and half-width ｶﾀｶﾅ.", Sources: []string{"b"},
			Events: []model.Event{{Date: "2011-04", Kind: "launched", Text: "開始した", Sources: []string{"b"}}}},
		{ID: "seoul", Name: "서울 돌봄 협동조합", Location: "서울", ServiceArea: []string{"돌봄"}, StaffGroups: []string{"간호사"},
			LegalForm: "co-operative", Summary: "Hangul: 한국어 요약.", Sources: []string{"a", "b"},
			Readings: []model.Reading{
				{Field: "legal_form", Value: "co-operative", Sources: []string{"a"}},
				{Field: "legal_form", Value: "협동조합", Sources: []string{"b"}},
			}},
		{ID: "emoji", Name: "Care 🏥 Team 👩‍⚕️👨🏽‍🍳", Location: "İstanbul", Region: "Straße",
			ServiceArea: []string{"health 💉", "🇬🇧 flags"}, StaffGroups: []string{"NHS staff", "ǅemal's crew"},
			Partners: []string{"Åsa & Øyvind", "e\u0301cole (combining)"}, Became: "ﬁnal form ﬂow",
			Outcome: "Ωmega Σσς", Summary: "Ⅻ roman, ＫＰＭＧ fullwidth, K (kelvin sign).", Sources: []string{"a"}},
		{ID: "plain", Name: "Swindon health and social care", Location: "Swindon",
			ServiceArea: []string{"community health", "adult social care"}, StaffGroups: []string{"NHS staff", "council staff"},
			Summary: "Integrated care.", Sources: []string{"a", "missing"}},
	}, []model.Source{
		{ID: "a", Title: "Cabinet Office announcement", Publisher: "Cabinet Office"},
		{ID: "b", Title: "報道発表", Publisher: "厚生労働省"},
	}))
}

// FuzzQuery parses any string as a query, searches a small dataset with it
// and highlights every field value. Nothing may panic; search results are
// in dataset order; highlights are sorted, apart, inside the string and on
// rune boundaries; and search and highlight agree on what matches.
// printableError fails when an error's text holds anything that must not
// reach a terminal (a line break separates the lines of a list).
func printableError(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	msg := err.Error()
	if i := strings.IndexFunc(msg, func(r rune) bool { return r != '\n' && model.Unsafe(r) }); i >= 0 || !utf8.ValidString(msg) {
		t.Errorf("%s: the error is not printable: %q", what, msg)
	}
}

func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"", " ", "health", "HEALTH", "cafe", "Café", "CAFÉ", "zurich cafe", `"adult social"`, `"unclosed phrase`,
		"service:health -kpmg", "-", "--", "-:", ":", "a:b:c", "staff:", "place:東京", "東京", "京", "서울", "ᄉ", "돌",
		"👩", "\u200d", "⚕️", "🇬", "care 🏥", "istanbul", "i̇stanbul", "İSTANBUL", "strasse", "straße", "ß", "ﬁ", "fi",
		"σ", "ς", "Σ", "k", "K", "ＫＰＭＧ", "kpmg", "e", "é", "\u0301", "cole", "ecole", "école",
		"event:開始", "source:cabinet", "source:厚生", "form:협동", "form:(a)", "mentor:john", "sevice:health",
		"a | b", "swindon|cafe", "| |", `"a|b"`, "-x | -x", "health | 東京 -kpmg", "a b | b a | c",
		"\x00", "health\x00adult", "\xff", "\xe6\x9d", "a\tb\nc", `""`, `"-x"`, `-"a b"`, "\u3000全角",
	} {
		f.Add(s)
	}
	ds := fuzzDataset()
	ix := model.NewIndex(ds)
	f.Fuzz(func(t *testing.T, s string) {
		// What the browser does at each key press must not hang.
		start := time.Now()
		q := model.ParseQuery(s)
		ix.Search(q)
		for i := range ds.Mutuals {
			for _, f := range model.Fields {
				for _, v := range f.Values(&ds.Mutuals[i]) {
					q.Highlight(f.Key, v)
				}
			}
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("parsing, searching and highlighting a %d-byte query (%d terms) took %v", len(s), len(q.Terms()), d)
		}

		for _, term := range q.Terms() {
			if term.Text == "" {
				t.Errorf("empty term in %+v", q.Terms())
			}
			if term.Field != "" {
				if _, ok := model.FieldByKey(term.Field); !ok {
					t.Errorf("term names unknown field %q", term.Field)
				}
			}
		}
		// Every error path the text can reach says it printably.
		for _, p := range q.Problems {
			printableError(t, "ParseQuery", p)
		}
		_, err := model.FacetField(s)
		printableError(t, "FacetField", err)
		_, err = model.ParseSort(s)
		printableError(t, "ParseSort", err)
		_, err = model.ParseFields(s)
		printableError(t, "ParseFields", err)
		_, err = ds.Find(s)
		printableError(t, "Find", err)
		named := model.NewDataset("fuzz", nil, []model.Mutual{
			{ID: "x-1", Name: "x " + s, Location: s}, {ID: "x-2", Name: s + " x", Location: s}}, nil)
		_, err = named.Find("x")
		printableError(t, "Find among names holding the text", err)

		got := ix.Search(q)
		var union []int
		terms := 0
		for _, c := range q.Clauses {
			union = append(union, ix.Search(model.Query{Clauses: []model.Clause{c}})...)
			terms += len(c.Terms)
		}
		slices.Sort(union)
		if union = slices.Compact(union); len(q.Clauses) > 0 && !slices.Equal(got, union) {
			t.Errorf("Search(%q) = %v, not the union of its clauses' results %v", s, got, union)
		}
		if terms > model.MaxTerms {
			t.Errorf("%q: %d terms, more than %d", s, terms, model.MaxTerms)
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("Search(%q) = %v: not in dataset order", s, got)
		}
		for _, i := range got {
			if i < 0 || i >= len(ds.Mutuals) {
				t.Fatalf("Search(%q) = %v: out of range", s, got)
			}
		}
		if q.Empty() && len(got) != len(ds.Mutuals) {
			t.Errorf("empty query %q matched %v, not everything", s, got)
		}
		if w := ix.SearchWithin(q, []int{0, 2, 4}); !slices.Equal(w, intersect(got, []int{0, 2, 4})) {
			t.Errorf("SearchWithin(%q, [0 2 4]) = %v, Search gave %v", s, w, got)
		}

		for i := range ds.Mutuals {
			m := &ds.Mutuals[i]
			for _, f := range model.Fields {
				for _, v := range f.Values(m) {
					checkRanges(t, s, v, q.Highlight(f.Key, v))
				}
			}
			checkAgreement(t, ix, i, q)
		}
		// Highlighting the query's own text exercises arbitrary text; the
		// properties hold for any UTF-8 string.
		if utf8.ValidString(s) {
			checkRanges(t, s, s, q.Highlight("name", s))
		}
	})
}

// checkRanges checks that rs are sorted, apart, inside v and on rune
// boundaries of v.
func checkRanges(t *testing.T, query, v string, rs []model.Range) {
	t.Helper()
	for j, r := range rs {
		switch {
		case r.Start < 0 || r.End > len(v) || r.Start >= r.End:
			t.Errorf("query %q in %q: range %v is not inside the %d bytes (%v)", query, v, r, len(v), rs)
		case j > 0 && r.Start <= rs[j-1].End:
			// Touching ranges are merged, so a range starts after the last one ends.
			t.Errorf("query %q in %q: ranges %v and %v overlap, touch or are out of order (%v)", query, v, rs[j-1], r, rs)
		case !utf8.RuneStart(v[r.Start]):
			t.Errorf("query %q in %q: range %v starts inside a rune (%v)", query, v, r, rs)
		case r.End < len(v) && !utf8.RuneStart(v[r.End]):
			t.Errorf("query %q in %q: range %v ends inside a rune (%v)", query, v, r, rs)
		}
	}
}

// checkAgreement checks that Search and Highlight agree on mutual i for
// each positive term of q alone: the mutual matches the term exactly when
// some value of a field the term may match highlights.
func checkAgreement(t *testing.T, ix *model.Index, i int, q model.Query) {
	t.Helper()
	m := &ix.Dataset.Mutuals[i]
	for _, term := range q.Terms() {
		if term.Negate || strings.Contains(term.Text, "\x00") {
			continue // NUL joins values in the index, so it cannot agree
		}
		one := model.QueryOf(term)
		matched := ix.Matches(i, one)
		lit := ""
		for _, f := range model.Fields {
			if term.Field != "" && term.Field != f.Key {
				continue
			}
			vals := f.Values(m)
			if f.Key == "sources" {
				vals = sourceText(ix.Dataset, m)
			}
			for _, v := range vals {
				if len(one.Highlight(f.Key, v)) > 0 {
					lit = f.Key + ": " + v
				}
			}
		}
		if matched != (lit != "") {
			t.Errorf("term %+v on %s: Search says %v, Highlight found %q", term, m.ID, matched, lit)
		}
	}
}

// sourceText is what source: searches: each source's id, title and
// publisher.
func sourceText(ds *model.Dataset, m *model.Mutual) []string {
	var vals []string
	for _, id := range m.Sources {
		vals = append(vals, id)
		if s, ok := ds.Source(id); ok {
			vals = append(vals, s.Title, s.Publisher)
		}
	}
	return vals
}

func intersect(a, b []int) []int {
	inB := make(map[int]bool, len(b))
	for _, x := range b {
		inB[x] = true
	}
	out := []int{}
	for _, x := range a {
		if inB[x] {
			out = append(out, x)
		}
	}
	return out
}

// withPool gives every mutual of ds one programme, which offers them all a pool.
func withPool(ds *model.Dataset) *model.Dataset {
	return ds.WithProgramme(model.Programme{ID: "p", Name: "Test programme", Pools: []model.Pool{{Mentors: []string{"John Lewis Partnership", "KPMG"}}}})
}
