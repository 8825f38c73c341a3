package model

import (
	"fmt"
	"strings"
	"unicode"
)

// Term is one part of a Query: text that must (or, negated, must not)
// appear, in one field or in any.
type Term struct {
	Field  string // a Field.Key, or "" for any field
	Text   string // folded
	Negate bool
}

// Clause is terms that must all match: one side of a query's |.
type Clause struct {
	Terms []Term
}

// Query is what a user typed to find mutuals: clauses separated by |, of
// which a mutual must match one, each of space-separated terms that must
// all match. See ParseQuery for the language.
type Query struct {
	Raw      string
	Clauses  []Clause
	Problems []QueryProblem
}

// MaxTerms is the most terms one query may hold, over all its clauses: a
// search costs about one scan a term, so a query of any length costs at
// most this many scans. A term repeated in a clause, or a clause
// repeated, counts once.
const MaxTerms = 256

// QueryProblem is a term naming a field that does not exist, or a query of
// more than MaxTerms terms.
type QueryProblem struct {
	Field      string
	Suggestion string
	Terms      int // when over MaxTerms: how many terms the query has
}

func (p QueryProblem) Error() string {
	switch {
	case p.Terms > 0:
		return fmt.Sprintf("too many terms: a query may hold %d (a repeated term counts once) and this one has %d", MaxTerms, p.Terms)
	case p.Suggestion != "":
		return fmt.Sprintf("unknown field %q: did you mean %s?", p.Field, p.Suggestion)
	}
	return fmt.Sprintf("unknown field %q: known fields are %s", p.Field, strings.Join(FieldNames(), ", "))
}

// QueryOf is the query that matches mutuals matching every one of terms.
func QueryOf(terms ...Term) Query {
	if len(terms) == 0 {
		return Query{}
	}
	return Query{Clauses: []Clause{{Terms: terms}}}
}

// ParseQuery reads the query language:
//
//	adult              a bare term matches any field
//	service:health     a field limits the term (place: is location:)
//	"adult social"     quotes make a phrase
//	-kpmg              a minus excludes
//	swindon | leicester  a bar gives alternatives: either side may match
//
// Terms bind tighter than |: "a b | c" is (a and b) or c. Matching ignores
// case, accents and spacing. A term naming an unknown field is kept out of
// the clauses and reported in Problems, so typing is never blocked; so is
// an empty side of a bar ("swindon |" while typing). A term repeated in a
// clause, or a clause repeated, counts once; terms past MaxTerms are left
// out and reported.
func ParseQuery(s string) Query {
	q := Query{Raw: s}
	var c Clause
	inClause := map[Term]bool{}
	kept, dropped := 0, 0 // terms in q.Clauses, and past MaxTerms
	end := func() {
		if len(c.Terms) > 0 && !q.has(c) {
			q.Clauses = append(q.Clauses, c)
			kept += len(c.Terms)
		}
		c = Clause{}
		clear(inClause)
	}
	for _, tok := range tokenize(s) {
		if tok == "|" {
			end()
			continue
		}
		t, problem, ok := parseTerm(tok)
		switch {
		case problem != nil:
			q.Problems = append(q.Problems, *problem)
		case !ok || inClause[t]:
		case kept+len(c.Terms) >= MaxTerms:
			dropped++
		default:
			inClause[t] = true
			c.Terms = append(c.Terms, t)
		}
	}
	end()
	if dropped > 0 {
		q.Problems = append(q.Problems, QueryProblem{Terms: kept + dropped})
	}
	return q
}

func (c Clause) has(t Term) bool {
	for _, u := range c.Terms {
		if u == t {
			return true
		}
	}
	return false
}

// same reports whether c and d hold the same terms, in any order.
func (c Clause) same(d Clause) bool {
	if len(c.Terms) != len(d.Terms) {
		return false
	}
	for _, t := range c.Terms {
		if !d.has(t) {
			return false
		}
	}
	return true
}

func (q Query) has(c Clause) bool {
	for _, d := range q.Clauses {
		if d.same(c) {
			return true
		}
	}
	return false
}

// Terms is every different term of the query, in the order typed.
func (q Query) Terms() []Term {
	var ts []Term
	for _, c := range q.Clauses {
		for _, t := range c.Terms {
			if !(Clause{Terms: ts}).has(t) {
				ts = append(ts, t)
			}
		}
	}
	return ts
}

// Err is the first problem of the query, or nil.
func (q Query) Err() error {
	if len(q.Problems) == 0 {
		return nil
	}
	return q.Problems[0]
}

// Narrows reports whether every mutual q matches is also matched by prev,
// as when a user types one more letter: then q need only be checked
// against prev's results. It is so when each of q's clauses narrows one
// of prev's.
func (q Query) Narrows(prev Query) bool {
	if len(prev.Clauses) == 0 {
		return true
	}
	for _, c := range q.Clauses {
		if !c.narrowsAny(prev.Clauses) {
			return false
		}
	}
	return len(q.Clauses) > 0
}

func (c Clause) narrowsAny(prev []Clause) bool {
	for _, p := range prev {
		if c.narrows(p) {
			return true
		}
	}
	return false
}

func (c Clause) narrows(prev Clause) bool {
	if len(c.Terms) < len(prev.Terms) {
		return false
	}
	for i, p := range prev.Terms {
		t := c.Terms[i]
		if t.Field != p.Field || t.Negate != p.Negate {
			return false
		}
		if (p.Negate && t.Text != p.Text) || (!p.Negate && !strings.Contains(t.Text, p.Text)) {
			return false
		}
	}
	return true
}

// Empty reports whether the query matches everything.
func (q Query) Empty() bool { return len(q.Clauses) == 0 }

func parseTerm(tok string) (Term, *QueryProblem, bool) {
	var t Term
	if strings.HasPrefix(tok, "-") {
		t.Negate = true
		tok = tok[1:]
	}
	if i := strings.IndexByte(tok, ':'); i > 0 && !strings.HasPrefix(tok, `"`) {
		name := strings.ToLower(tok[:i])
		f, ok := FieldByKey(name)
		if !ok {
			sug, _ := Closest(name, FieldNames())
			return t, &QueryProblem{Field: tok[:i], Suggestion: sug}, false
		}
		t.Field = f.Key
		tok = tok[i+1:]
	}
	tok = strings.Trim(tok, `"`)
	t.Text = Fold(strings.Join(strings.Fields(tok), " "))
	return t, nil, t.Text != ""
}

// tokenize splits on spaces outside double quotes, and makes a | outside
// them a token of its own; an unclosed quote runs to the end.
func tokenize(s string) []string {
	var toks []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			cur.WriteRune(r)
		case r == '|' && !quoted:
			flush()
			toks = append(toks, "|")
		case unicode.IsSpace(r) && !quoted:
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return toks
}
