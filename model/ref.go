package model

import (
	"fmt"
	"strings"
)

// RefError says why a reference to a mutual found none, or more than one.
type RefError struct {
	Ref        string
	Candidates []*Mutual // when ambiguous
	Nearest    string    // when unknown, the closest id, if any
}

func (e *RefError) Error() string {
	if len(e.Candidates) > 0 {
		lines := []string{fmt.Sprintf("%q matches %d mutuals; name one of them by id:", e.Ref, len(e.Candidates))}
		for _, m := range e.Candidates {
			lines = append(lines, Printable(fmt.Sprintf("  %s  %s (%s)", m.ID, m.Name, m.Location)))
		}
		return strings.Join(lines, "\n")
	}
	if e.Nearest != "" {
		return fmt.Sprintf("no mutual matches %q: did you mean %s?", e.Ref, e.Nearest)
	}
	return fmt.Sprintf("no mutual matches %q: run `mutuals list` to see the ids", e.Ref)
}

// Find resolves a reference typed by a user: an id, a unique id prefix, or
// text found in exactly one mutual's name or location, ignoring case and
// accents.
func (d *Dataset) Find(ref string) (*Mutual, error) {
	want := Fold(strings.TrimSpace(ref))
	steps := []func(m *Mutual) bool{
		func(m *Mutual) bool { return Fold(m.ID) == want },
		func(m *Mutual) bool { return strings.HasPrefix(Fold(m.ID), want) },
		func(m *Mutual) bool { return Fold(m.Name) == want || Fold(m.Location) == want },
		func(m *Mutual) bool {
			return strings.Contains(Fold(m.Name), want) || strings.Contains(Fold(m.Location), want)
		},
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
	return nil, &RefError{Ref: ref, Nearest: d.nearest(want)}
}

func (d *Dataset) nearest(want string) string {
	ids := make([]string, len(d.Mutuals))
	for i, m := range d.Mutuals {
		ids[i] = m.ID
	}
	s, _ := Closest(want, ids)
	return s
}
