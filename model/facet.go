package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FacetFields are the fields whose values are worth counting, in the order
// the browser offers them: each value is shared by several mutuals. Names,
// summaries and events are each a mutual's own, so they are left out.
var FacetFields = []string{"service_area", "staff_groups", "mentors", "legal_form", "wave", "region", "location", "outcome", "partners", "status", "programme"}

// Count is how many mutuals have one value of a field. The Count with an
// empty Value is the mutuals that record no value, or record it as
// "unknown" (which the sources' silence is written as): both say nothing
// is known, so they count together, as the rest of the program shows them.
type Count struct {
	Value   string `json:"value"`
	Mutuals int    `json:"mutuals"`
}

// None reports whether c counts the mutuals with no value recorded.
func (c Count) None() bool { return c.Value == "" }

// FacetField finds a field to count by, by any name a query or the file
// format gives it; an unknown name, or a field that cannot be counted,
// is an error naming the choices.
func FacetField(name string) (Field, error) {
	f, ok := FieldByKey(strings.ReplaceAll(strings.TrimSpace(name), " ", "_"))
	if ok && slices.Contains(FacetFields, f.Key) {
		return f, nil
	}
	var names []string
	for _, k := range FacetFields {
		g, _ := FieldByKey(k)
		names = append(names, g.Names[0])
	}
	choices := strings.Join(names, ", ")
	if ok {
		return Field{}, fmt.Errorf("cannot count by %q: each mutual has its own; count by one of %s", name, choices)
	}
	all := append(slices.Clone(names), FacetFields...)
	if s, near := Closest(strings.ToLower(name), all); near {
		return Field{}, fmt.Errorf("unknown field %q: did you mean %s? (count by one of %s)", name, s, choices)
	}
	return Field{}, fmt.Errorf("unknown field %q: count by one of %s", name, choices)
}

// Facet counts the mutuals in ms by each value of a field (a key or query
// name). A mutual counts once under each of its values, however spelled:
// values that fold alike (case, accents, spacing) are one, shown as first
// seen. Largest counts come first, ties in alphabetical order; the mutuals
// with no value known come last. An unknown field counts nothing.
func Facet(ms []*Mutual, field string) []Count {
	f, ok := FieldByKey(field)
	if !ok {
		return nil
	}
	values := f.Values
	if f.Key == "legal_form" {
		values = (*Mutual).LegalForms
	}
	type tally struct {
		key  string
		c    Count
		last int // the last mutual counted, so a repeat counts once
	}
	byKey := map[string]*tally{}
	var all []*tally
	none := 0
	for i, m := range ms {
		counted := false
		for _, v := range values(m) {
			v = squash(v)
			k := Fold(v)
			if k == "" || k == Unknown {
				continue
			}
			t := byKey[k]
			if t == nil {
				t = &tally{key: k, c: Count{Value: v}, last: -1}
				byKey[k] = t
				all = append(all, t)
			}
			if t.last != i {
				t.last = i
				t.c.Mutuals++
			}
			counted = true
		}
		if !counted {
			none++
		}
	}
	slices.SortFunc(all, func(a, b *tally) int {
		return cmp.Or(b.c.Mutuals-a.c.Mutuals, strings.Compare(a.key, b.key))
	})
	out := make([]Count, 0, len(all)+1)
	for _, t := range all {
		out = append(out, t.c)
	}
	if none > 0 {
		out = append(out, Count{Mutuals: none})
	}
	return out
}

// squash trims s and turns each run of spaces inside it into one space,
// copying only when it has to.
func squash(s string) string {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && (prev == ' ' || i == len(s)-1),
			c < utf8.RuneSelf && c != ' ' && asciiSpace(c):
			return strings.Join(strings.Fields(s), " ")
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size - 1
		}
		prev = c
	}
	return s
}

func asciiSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' }

// FieldTerm is the query term that finds value in field f, as the browser
// adds it to the search: `service:health`, or `service:"adult social care"`
// when it has spaces. The query language has no escapes and reads any run
// of spaces as one, so a value with double quotes, control characters or
// such runs is searched by its longest part without them; matching is by
// substring, so that part still finds it. A value with no such part (or
// none that folds to any text) has no term: ok is false.
func FieldTerm(f Field, value string) (term string, ok bool) {
	parts := strings.FieldsFunc(strings.ToValidUTF8(value, `"`), func(r rune) bool {
		return r == '"' || (r != ' ' && unicode.IsSpace(r)) || Unsafe(r)
	})
	best := ""
	for _, p := range parts {
		for _, q := range strings.Split(p, "  ") {
			// a part that folds to nothing (combining marks alone) makes
			// no term: the query would match everything
			if q = strings.TrimSpace(q); len(q) > len(best) && strings.TrimSpace(Fold(q)) != "" {
				best = q
			}
		}
	}
	// a space would split the term, and a bar would make it two
	// alternatives: both are quoted into one phrase
	if strings.ContainsAny(best, " |") {
		best = `"` + best + `"`
	}
	return f.Names[0] + ":" + best, best != ""
}
