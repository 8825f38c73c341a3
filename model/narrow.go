package model

import "strings"

// compiled is a term ready to run: its needle for scanning and the words
// it can be looked up by.
type compiled struct {
	t Term
	n needle
	// words are the parts of the text between spaces and separators. When
	// the text is one word, the word index answers the term exactly;
	// otherwise each word narrows the mutuals to check.
	words []string
	exact bool
}

// matcher is a query ready to run: a clause for each side of its |.
type matcher []clause

// clause is one side of a query's |, ready to run: terms that must all
// match.
type clause []compiled

// loose is what the word index's candidates not known to match must
// still be checked against. With one clause, that is only its terms the
// index does not answer exactly: a candidate is in every exact term's set.
// With several, a candidate may come from any clause and match by another,
// so it is checked against all of m.
func (m matcher) loose() matcher {
	if len(m) != 1 {
		return m
	}
	var out clause
	for _, c := range m[0] {
		if !c.exact {
			out = append(out, c)
		}
	}
	return matcher{out}
}

func compile(q Query) matcher {
	m := make(matcher, len(q.Clauses))
	for i, c := range q.Clauses {
		m[i] = compileClause(c)
	}
	return m
}

func compileClause(c Clause) clause {
	m := make(clause, len(c.Terms))
	for i, t := range c.Terms {
		m[i] = compiled{t: t, n: newNeedle(t.Text)}
		m[i].words = strings.FieldsFunc(t.Text, func(r rune) bool { return r == ' ' || r == rune(wordSep) })
		m[i].exact = len(m[i].words) == 1 && m[i].words[0] == t.Text
	}
	return m
}

// candidates gives the mutuals of segment s that can match term c, and
// whether they are exactly those that do.
func (ix *Index) candidates(s *segment, c compiled, out *set) (exact bool) {
	pos := -1
	if c.t.Field != "" {
		pos = fieldPos[c.t.Field]
	}
	if c.exact {
		s.lookup(c.words[0], pos, out)
		return true
	}
	if pos < 0 && !strings.Contains(c.t.Text, sep) {
		ix.phraseCandidates(s, c, out)
		return false
	}
	out.fill(s.n)
	for _, w := range c.words {
		var one set
		s.lookup(w, pos, &one)
		out.and(&one)
	}
	return false
}

// phraseCandidates gives the mutuals of s holding every word of c in one
// field: a phrase lies inside one value, so words spread over several
// fields cannot make it. (A term holding sep, the separator between
// values and fields in the text, can span two fields: not for this.)
func (ix *Index) phraseCandidates(s *segment, c compiled, out *set) {
	if len(c.words) == 0 {
		out.fill(s.n)
		return
	}
	var all, one fieldSets
	s.lookupFields(c.words[0], &all)
	for _, w := range c.words[1:] {
		one = fieldSets{}
		s.lookupFields(w, &one)
		for f := range Fields {
			all[f].and(&one[f])
		}
	}
	for f := range Fields {
		out.or(&all[f])
	}
}

// narrow finds the mutuals of s that can match m: the union of each
// clause's candidates (a | b can match only what a or b can). sure are the
// ones among them known to match, from clauses the index answered exactly;
// check says the others must still be checked one by one.
func (ix *Index) narrow(s *segment, m matcher, found, sure *set) (check bool) {
	*found, *sure = set{}, set{}
	if len(m) == 0 {
		found.fill(s.n)
		sure.fill(s.n)
		return false
	}
	for _, c := range m {
		var one set
		if ix.narrowClause(s, c, &one) {
			check = true
		} else {
			sure.or(&one)
		}
		found.or(&one)
	}
	return check
}

// narrowClause finds the mutuals of s that can match clause m: those in
// every positive term's candidates and in no negative term's.
func (ix *Index) narrowClause(s *segment, m clause, found *set) (check bool) {
	found.fill(s.n)
	for _, c := range m {
		var cand set
		exact := ix.candidates(s, c, &cand)
		switch {
		case !c.t.Negate:
			found.and(&cand)
		case exact:
			found.andNot(&cand)
		}
		check = check || !exact
		if found.empty() {
			return false
		}
	}
	return check
}
