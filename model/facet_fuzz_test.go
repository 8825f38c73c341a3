package model

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// setFacetField gives m value in the facet field key, as a file would.
func setFacetField(m *Mutual, key, value string) {
	switch key {
	case "service_area":
		m.ServiceArea = append(m.ServiceArea, value)
	case "staff_groups":
		m.StaffGroups = append(m.StaffGroups, value)
	case "mentors":
		m.Mentors = append(m.Mentors, value)
	case "partners":
		m.Partners = append(m.Partners, value)
	case "legal_form":
		m.LegalForm = value
	case "region":
		m.Region = value
	case "wave":
		m.Wave, _ = strconv.Atoi(value)
	case "location":
		m.Location = value
	case "outcome":
		m.Outcome = value
	case "status":
		m.Stated = StatedStatus{Value: value, Sources: []string{"s"}}
	case "programme":
		m.Programme = value
	}
}

// asStatus is a value of the status vocabulary, chosen by s: a file can
// give no other.
func asStatus(s string) string { return Statuses[len(s)%len(Statuses)] }

// FuzzFieldTerm follows the facet screen: two mutuals hold arbitrary
// values a and b in one facet field, Facet counts them, and enter on a
// count searches for FieldTerm of its value. The term must parse as one
// term on that field, and find every mutual the count counted (a value
// that folds like another is counted under the other's spelling); a count
// with no term must have nothing in it to search for. FieldTerm of a raw
// value must also find the mutual that holds it.
func FuzzFieldTerm(f *testing.F) {
	seeds := [][2]string{
		{"health", "Health"}, {"adult social care", "adult  social care"}, {"adult\tsocial care", "Adult social care"},
		{`the "big" society`, "society"}, {"red \x1b[31mtext", ""}, {"bidi \u202egnp.exe", "gnp.exe"},
		{"café", "CAFE"}, {"e\u0301cole", "école"}, {"\u0301", "\u0301x"}, {"\u3000全角\u3000", "全角"},
		{"-kpmg", "a:b"}, {`""`, "   "}, {"\xff\xfe", "x\xffy"}, {"İstanbul", "istanbul"}, {"ﬁnal", "final"},
	}
	for i, s := range seeds {
		f.Add(s[0], s[1], uint8(i))
	}
	f.Fuzz(func(t *testing.T, a, b string, n uint8) {
		key := FacetFields[int(n)%len(FacetFields)]
		field, _ := FieldByKey(key)
		switch key {
		case "wave": // a wave is a number a file gives, never free text
			a, b = asWave(a), asWave(b)
		case "status": // a status is a word of the vocabulary
			a, b = asStatus(a), asStatus(b)
		case "programme": // a programme is named by its id
			a, b = IDFromName(a), IDFromName(b)
		}
		ms := []Mutual{{ID: "a", Name: "a"}, {ID: "b", Name: "b"}}
		setFacetField(&ms[0], key, a)
		setFacetField(&ms[1], key, b)
		ix := NewIndex(NewDataset("fuzz", nil, ms, nil))

		found := func(what, value string, want ...int) {
			t.Helper()
			term, ok := FieldTerm(field, value)
			if !ok {
				if searchable(value) {
					t.Errorf("%s %q: no term, but it has text to search for", what, value)
				}
				return
			}
			q := ParseQuery(term)
			if q.Err() != nil || len(q.Terms()) != 1 || q.Terms()[0].Field != key || q.Terms()[0].Negate {
				t.Fatalf("%s %q: the term %q parses as %+v, not one term on %s", what, value, term, q, key)
			}
			got := ix.Search(q)
			for _, i := range want {
				if !slices.Contains(got, i) {
					t.Errorf("%s %q in %s: the term %q finds %v, not mutual %d (a=%q b=%q)", what, value, key, term, got, i, a, b)
				}
			}
		}
		found("value", a, 0)
		found("value", b, 1)
		pm := []*Mutual{&ms[0], &ms[1]}
		for _, c := range Facet(pm, key) {
			if c.None() {
				continue
			}
			var counted []int
			for i, m := range pm {
				if holdsAlike(m, key, c.Value) {
					counted = append(counted, i)
				}
			}
			if len(counted) != c.Mutuals {
				t.Errorf("count %+v, but %d mutuals hold it (a=%q b=%q)", c, len(counted), a, b)
			}
			found("count", c.Value, counted...)
		}
	})
}

// asWave turns arbitrary text into a wave a file could give: 1, 2 or none.
func asWave(s string) string {
	return []string{"", "1", "2"}[len(s)%3]
}

// holdsAlike reports whether m has a value of field key that counts as v.
// A value of nothing but spaces is no value.
func holdsAlike(m *Mutual, key, v string) bool {
	f, _ := FieldByKey(key)
	for _, w := range f.Values(m) {
		if squash(w) != "" && Fold(squash(w)) == Fold(squash(v)) {
			return true
		}
	}
	return false
}

// searchable reports whether s has a rune that a query can hold and that
// folds to something: not a quote, space, control or bidi control.
func searchable(s string) bool {
	for _, r := range strings.ToValidUTF8(s, `"`) {
		switch {
		case r == '"' || Unsafe(r):
		case strings.TrimSpace(Fold(string(r))) == "":
		default:
			return true
		}
	}
	return false
}
