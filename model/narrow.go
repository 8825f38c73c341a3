package model

import (
	"math/bits"
	"slices"
	"strings"
)

// compiled is a term ready to run: its needle for scanning and the words
// it can be looked up by.
type compiled struct {
	t Term
	n needle
	// words are the parts of the text between spaces and separators. When
	// the text is one word, the word index answers the term exactly
	// (exact); otherwise each word narrows the mutuals to check, and a
	// phrase (a term without a separator, which lies in one field) is
	// checked then in the fields that hold all its words.
	words  []string
	exact  bool
	phrase bool
}

// answered reports whether candidates gives exactly the mutuals matching c.
func (c compiled) answered() bool { return c.exact || c.phrase }

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
		if !c.answered() {
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
		m[i].phrase = !m[i].exact && !strings.Contains(t.Text, sep)
	}
	return m
}

// candidates gives the mutuals of segment s that can match term c, of
// those among, and whether they are exactly those that do.
func (ix *Index) candidates(s *segment, c compiled, among, out *set) (exact bool) {
	pos := -1
	if c.t.Field != "" {
		pos = fieldPos[c.t.Field]
	}
	switch {
	case c.exact:
		s.lookup(c.words[0], pos, out)
		return true
	case c.phrase:
		var in fieldSets
		phraseFields(s, c, pos, &in)
		ix.checkPhrase(s, c, &in, among, out)
		return true
	}
	out.fill(s.n)
	for _, w := range c.words {
		var one set
		s.lookup(w, pos, &one)
		out.and(&one)
	}
	return false
}

// phraseFields gives, for each field (pos, or every one when pos < 0),
// the mutuals of s holding every word of phrase c in it: a phrase lies
// inside one value, so words spread over several fields cannot make it.
func phraseFields(s *segment, c compiled, pos int, in *fieldSets) {
	for f := range Fields {
		if pos < 0 || f == pos {
			in[f].fill(s.n)
		}
	}
	for _, w := range c.words {
		var one fieldSets
		if pos >= 0 {
			s.lookup(w, pos, &one[pos])
		} else {
			s.lookupFields(w, &one)
		}
		for f := range Fields {
			in[f].and(&one[f])
		}
	}
}

// checkPhrase adds to out the mutuals of s among those given that hold
// phrase c, reading only the fields in says hold all its words.
func (ix *Index) checkPhrase(s *segment, c compiled, in *fieldSets, among, out *set) {
	var held set
	for f := range Fields {
		held.or(&in[f])
	}
	held.and(among)
	fold := getFolded()
	defer putFolded(fold)
	for w, word := range held {
		for word != 0 {
			j := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			fold.of(ix, s.from+j)
			for f := range Fields {
				if in[f].has(j) && (c.n.in(fold.field(f)) || f == sourcesPos && ix.inTitles(s.from+j, c.n)) {
					out.add(j)
					break
				}
			}
		}
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
	// the words first: a phrase is checked only among what they leave
	for _, c := range slices.Concat(filter(m, true), filter(m, false)) {
		var cand set
		exact := ix.candidates(s, c, found, &cand)
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

// filter is the terms of m that are one word (exact), or the others.
func filter(m clause, exact bool) clause {
	var out clause
	for _, c := range m {
		if c.exact == exact {
			out = append(out, c)
		}
	}
	return out
}
