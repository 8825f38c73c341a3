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

// Query is what a user typed to find mutuals: space-separated terms that
// must all match. See ParseQuery for the language.
type Query struct {
	Raw      string
	Terms    []Term
	Problems []QueryProblem
}

// QueryProblem is a term naming a field that does not exist.
type QueryProblem struct {
	Field      string
	Suggestion string
}

func (p QueryProblem) Error() string {
	if p.Suggestion != "" {
		return fmt.Sprintf("unknown field %q: did you mean %s?", p.Field, p.Suggestion)
	}
	return fmt.Sprintf("unknown field %q: known fields are %s", p.Field, strings.Join(FieldNames(), ", "))
}

// ParseQuery reads the query language:
//
//	adult              a bare term matches any field
//	service:health     a field limits the term (place: is location:)
//	"adult social"     quotes make a phrase
//	-kpmg              a minus excludes
//
// Matching ignores case, accents and spacing. A term naming an unknown field is kept
// out of Terms and reported in Problems, so typing is never blocked.
func ParseQuery(s string) Query {
	q := Query{Raw: s}
	for _, tok := range tokenize(s) {
		t, problem, ok := parseTerm(tok)
		if problem != nil {
			q.Problems = append(q.Problems, *problem)
			continue
		}
		if ok {
			q.Terms = append(q.Terms, t)
		}
	}
	return q
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
// against prev's results.
func (q Query) Narrows(prev Query) bool {
	if len(q.Terms) < len(prev.Terms) {
		return false
	}
	for i, p := range prev.Terms {
		t := q.Terms[i]
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
func (q Query) Empty() bool { return len(q.Terms) == 0 }

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

// tokenize splits on spaces outside double quotes; an unclosed quote runs
// to the end.
func tokenize(s string) []string {
	var toks []string
	var cur strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			cur.WriteRune(r)
		case unicode.IsSpace(r) && !quoted:
			if cur.Len() > 0 {
				toks = append(toks, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		toks = append(toks, cur.String())
	}
	return toks
}
