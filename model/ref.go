package model

import (
	"fmt"
	"strings"
	"unicode"
)

// maxCandidates is how many mutuals an ambiguous or unknown REF lists:
// enough to pick from, and a count for the rest.
const maxCandidates = 10

// RefError says why a reference to a mutual found none, or more than one.
type RefError struct {
	Ref         string
	Candidates  []*Mutual // when ambiguous: every mutual it matches
	Suggestions []*Mutual // when unknown: the nearest by id, name or location
	// Program is the program as the one who asked runs it on the same
	// data, where the error says what to run: "mutuals" when empty;
	// "mutuals --data reg" after --data reg; "ssh HOST" for a reader of a
	// served register.
	Program string
}

func (e *RefError) program() string {
	if e.Program == "" {
		return "mutuals"
	}
	return e.Program
}

func (e *RefError) Error() string {
	if len(e.Candidates) > 0 {
		head := fmt.Sprintf("%q matches %d mutuals; name one of them by id:", e.Ref, len(e.Candidates))
		lines := append([]string{head}, refLines(e.Candidates)...)
		if more := len(e.Candidates) - maxCandidates; more > 0 {
			lines = append(lines, fmt.Sprintf("  … and %d more: %s list %s shows them all", more, e.program(), Printable(shellWord(e.Ref))))
		}
		return strings.Join(lines, "\n")
	}
	switch len(e.Suggestions) {
	case 0:
		return fmt.Sprintf("no mutual matches %q: run `%s list` to see the ids", e.Ref, e.program())
	case 1:
		return fmt.Sprintf("no mutual matches %q: did you mean %s?", e.Ref, e.Suggestions[0].ID)
	}
	head := fmt.Sprintf("no mutual matches %q; did you mean one of these?", e.Ref)
	return strings.Join(append([]string{head}, refLines(e.Suggestions)...), "\n")
}

// refLines lists mutuals to pick from, ids in a column.
func refLines(ms []*Mutual) []string {
	ms = ms[:min(len(ms), maxCandidates)]
	idW := 0
	for _, m := range ms {
		idW = max(idW, len(m.ID))
	}
	var out []string
	for _, m := range ms {
		out = append(out, Printable(fmt.Sprintf("  %-*s  %s (%s)", idW, m.ID, m.Name, m.Location)))
	}
	return out
}

// shellWord quotes s for a shell when it needs it.
func shellWord(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// minRefText is the shortest text a REF is looked for in names and
// locations: a letter or two found in one name is a guess, not a choice
// (show x once printed the only mutual with an x in its name).
const minRefText = 3

// Find resolves a reference typed by a user: an id, a unique id prefix, or
// text of 3 or more characters found in exactly one mutual's name or
// location, ignoring case and accents.
func (d *Dataset) Find(ref string) (*Mutual, error) {
	want := Fold(strings.TrimSpace(ref))
	steps := []func(m *Mutual) bool{
		func(m *Mutual) bool { return Fold(m.ID) == want },
		func(m *Mutual) bool { return strings.HasPrefix(Fold(m.ID), want) },
	}
	if len([]rune(want)) >= minRefText {
		steps = append(steps,
			func(m *Mutual) bool { return Fold(m.Name) == want || Fold(m.Location) == want },
			func(m *Mutual) bool {
				return strings.Contains(Fold(m.Name), want) || strings.Contains(Fold(m.Location), want)
			})
	}
	if want == "" {
		return nil, &RefError{Ref: ref}
	}
	for _, match := range steps {
		var found []*Mutual
		for i := range d.Mutuals {
			if match(&d.Mutuals[i]) {
				found = append(found, &d.Mutuals[i])
			}
		}
		switch {
		case len(found) == 1:
			return found[0], nil
		case len(found) > 1:
			return nil, &RefError{Ref: ref, Candidates: found}
		}
	}
	return nil, &RefError{Ref: ref, Suggestions: d.nearest(want)}
}

// nearest is the mutuals whose id, or a word of whose name or location, is
// closest to want by edit distance, if near enough to be a typo of it
// (lodnon finds the London ones).
func (d *Dataset) nearest(want string) []*Mutual {
	w, ok := typoRunes(want)
	if !ok {
		return nil // no id or name is that long
	}
	limit := max(1, len(w)/3)
	var best []*Mutual
	for i := range d.Mutuals {
		m := &d.Mutuals[i]
		dist := refDistance(w, m, limit+1)
		switch {
		case dist > limit:
		case dist < limit:
			limit, best = dist, []*Mutual{m}
		default:
			best = append(best, m)
		}
	}
	return best
}

// refDistance is how far want is from the mutual's id or, as Find looks
// there only for 3 characters or more, from its name, its location or a
// word of 3 or more letters in them; limit when it is limit or more.
func refDistance(want []rune, m *Mutual, limit int) int {
	words := []string{Fold(m.ID)}
	if len(want) >= minRefText {
		words = append(words, Fold(m.Name), Fold(m.Location))
		for _, s := range []string{m.Name, m.Location} {
			for _, w := range strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if len([]rune(w)) >= minRefText {
					words = append(words, w)
				}
			}
		}
	}
	d := limit
	for _, w := range words {
		d = min(d, within(want, w, d))
	}
	return d
}
