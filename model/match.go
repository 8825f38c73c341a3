package model

// Matches reports whether mutual i satisfies every term of one of q's
// clauses.
func (ix *Index) Matches(i int, q Query) bool {
	f := getFolded()
	defer putFolded(f)
	return ix.matches(f, i, compile(q))
}

// For is q with only the clauses mutual i matches: what to highlight in
// it and say it matched by, when one side of a | did not match.
func (ix *Index) For(i int, q Query) Query {
	if len(q.Clauses) < 2 {
		return q
	}
	f := getFolded()
	defer putFolded(f)
	out := q
	out.Clauses = nil
	for _, c := range q.Clauses {
		if ix.matchesClause(f, i, compileClause(c)) {
			out.Clauses = append(out.Clauses, c)
		}
	}
	return out
}

// matches reports whether mutual i matches m, folding its text into f
// if it must be read.
func (ix *Index) matches(f *folded, i int, m matcher) bool {
	if len(m) == 0 {
		return true
	}
	for _, c := range m {
		if ix.matchesClause(f, i, c) {
			return true
		}
	}
	return false
}

func (ix *Index) matchesClause(f *folded, i int, m clause) bool {
	for _, c := range m {
		pos := -1
		if c.t.Field != "" {
			pos = fieldPos[c.t.Field]
		}
		if ix.holds(f, i, pos, c.n) == c.t.Negate {
			return false
		}
	}
	return true
}
