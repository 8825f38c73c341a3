package model

import "slices"

// Reason is why a mutual matched a query where a list row cannot show it:
// the field a term was found in, the value it was found in and where.
type Reason struct {
	Field  Field
	Value  string
	Ranges []Range // in Value
}

// Why says where the mutual matched the positive terms of q that none of
// the fields named in shown (the ones a list row draws) show: the value of
// another field that holds the most of them, first in the order of
// Fields. Only the clauses of q the mutual matches count: "swindon |
// leicester" says nothing of Swindon on Leicester's row. ok is false when
// every term can be seen already, or q has none. It costs a few string
// searches over one mutual, so it is for the rows on screen, never for a
// whole result; Index.Why is the same, faster.
func (q Query) Why(ds *Dataset, m *Mutual, shown ...string) (r Reason, ok bool) {
	var hidden []Query
	for _, c := range q.Clauses {
		if !clauseIn(ds, m, c) {
			continue
		}
		for _, t := range c.Terms {
			if one := QueryOf(t); !t.Negate && !seenIn(one, m, shown) && !slices.ContainsFunc(hidden, one.same) {
				hidden = append(hidden, one)
			}
		}
	}
	return why(ds, m, hidden, shown, func(int, Term) bool { return true })
}

// Why is Query.Why for mutual i of the index, which skips every field
// whose folded text lacks a term without looking at its values.
func (ix *Index) Why(i int, q Query, shown ...string) (r Reason, ok bool) {
	f := getFolded()
	defer putFolded(f)
	var hidden []Query
	for _, t := range ix.For(i, q).Terms() {
		if t.Negate || ix.seen(f, i, t, shown) {
			continue
		}
		hidden = append(hidden, QueryOf(t))
	}
	has := func(pos int, t Term) bool { return ix.holds(f, i, pos, newNeedle(t.Text)) }
	return why(ix.Dataset, &ix.Dataset.Mutuals[i], hidden, shown, has)
}

// same reports whether q and p are one term alike.
func (q Query) same(p Query) bool { return q.Clauses[0].Terms[0] == p.Clauses[0].Terms[0] }

// clauseIn reports whether m matches every term of c, by the values a
// term highlights in: the slow way, for Query.Why.
func clauseIn(ds *Dataset, m *Mutual, c Clause) bool {
	for _, t := range c.Terms {
		pos := t
		pos.Negate = false
		found := false
		for _, f := range Fields {
			if t.Field != "" && t.Field != f.Key {
				continue
			}
			for _, v := range valuesToSearch(ds, m, f) {
				found = found || len(QueryOf(pos).Highlight(f.Key, v)) > 0
			}
		}
		if found == t.Negate {
			return false
		}
	}
	return true
}

// seen reports whether term t matches one of the shown fields of mutual i.
// f is where its text is folded.
func (ix *Index) seen(f *folded, i int, t Term, shown []string) bool {
	for _, key := range shown {
		if (t.Field == "" || t.Field == key) && ix.holds(f, i, fieldPos[key], newNeedle(t.Text)) {
			return true
		}
	}
	return false
}

// why finds the value that holds the most hidden terms; has says whether
// field pos may hold the term at all.
func why(ds *Dataset, m *Mutual, hidden []Query, shown []string, has func(pos int, t Term) bool) (r Reason, ok bool) {
	if len(hidden) == 0 {
		return Reason{}, false
	}
	best := 0
	for pos, f := range Fields {
		if isShown(f.Key, shown) {
			continue
		}
		var here []Query
		for _, one := range hidden {
			if t := one.Clauses[0].Terms[0]; (t.Field == "" || t.Field == f.Key) && has(pos, t) {
				here = append(here, one)
			}
		}
		if len(here) <= best {
			continue
		}
		for _, v := range valuesToSearch(ds, m, f) {
			var rs []Range
			n := 0
			for _, one := range here {
				if found := one.Highlight(f.Key, v); len(found) > 0 {
					rs, n = append(rs, found...), n+1
				}
			}
			if n > best {
				best, r = n, Reason{Field: f, Value: v, Ranges: merge(rs)}
			}
		}
	}
	return r, best > 0
}

func seenIn(q Query, m *Mutual, shown []string) bool {
	for _, key := range shown {
		f, _ := FieldByKey(key)
		for _, v := range valuesToSearch(nil, m, f) {
			if len(q.Highlight(f.Key, v)) > 0 {
				return true
			}
		}
	}
	return false
}

func isShown(key string, shown []string) bool {
	for _, s := range shown {
		if s == key {
			return true
		}
	}
	return false
}

// valuesToSearch are a field's values as the index searches them: a
// source by its title and publisher (one value, so that a reason can show
// both) and its id.
func valuesToSearch(ds *Dataset, m *Mutual, f Field) []string {
	if f.Values == nil {
		return nil
	}
	if f.Key != "sources" || ds == nil {
		return f.Values(m)
	}
	var vals []string
	for _, id := range m.Cited() {
		if s, ok := ds.Source(id); ok {
			v := s.Title
			if s.Publisher != "" {
				v += " — " + s.Publisher
			}
			vals = append(vals, v)
		}
		vals = append(vals, id)
	}
	return vals
}
