package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Sort is an order for mutuals: by one field, ascending or descending.
// The zero Sort keeps the order the records were loaded in.
type Sort struct {
	Key        string // one of SortKeys, or "" for load order
	Descending bool
}

// SortKeys are the fields a list can be sorted by, in the order the
// browser cycles through them.
var SortKeys = []string{"name", "location", "region", "wave", "legal_form", "date", "status"}

// sortNames maps what people type to a key in SortKeys.
var sortNames = map[string]string{
	"name": "name", "location": "location", "place": "location", "region": "region", "wave": "wave",
	"legal_form": "legal_form", "form": "legal_form", "legal form": "legal_form",
	"date": "date", "event": "date", "events": "date", "first_event": "date", "first event": "date",
	"status": "status",
}

// ParseSort reads "name", "-date" (a minus sorts descending) and the like.
func ParseSort(s string) (Sort, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	desc := strings.HasPrefix(s, "-")
	name := strings.TrimSpace(strings.TrimPrefix(s, "-"))
	if k, ok := sortNames[name]; ok {
		return Sort{Key: k, Descending: desc}, nil
	}
	choices := strings.Join(SortKeys, ", ")
	if c, ok := Closest(name, SortKeys); ok {
		return Sort{}, fmt.Errorf("cannot sort by %q: did you mean %s? (sorts: %s; a leading - reverses)", name, c, choices)
	}
	return Sort{}, fmt.Errorf("cannot sort by %q: sort by one of %s (a leading - reverses)", name, choices)
}

// Label says how a list is sorted, as the browser's header shows it.
func (s Sort) Label() string {
	if s.Key == "" && s.Descending {
		return "file order ↓"
	}
	if s.Key == "" {
		return "file order"
	}
	label := strings.ReplaceAll(s.Key, "_", " ")
	if s.Key == "date" {
		label = "first event"
	}
	if s.Descending {
		return label + " ↓"
	}
	return label
}

// Reversed is s in the other direction.
func (s Sort) Reversed() Sort {
	s.Descending = !s.Descending
	return s
}

// Next is the sort after s in the browser's cycle: file order, then each
// of SortKeys ascending, then back to file order.
func (s Sort) Next() Sort {
	i := slices.Index(SortKeys, s.Key)
	if i+1 >= len(SortKeys) {
		return Sort{}
	}
	return Sort{Key: SortKeys[i+1]}
}

// SortKey is the text a mutual sorts by: folded, so that case and accents
// do not change the order; empty when the mutual does not record it or
// records it as "unknown" (a name is never unknown).
func SortKey(m *Mutual, key string) string {
	if k := sortKey(m, key); key == "name" || k != Unknown {
		return k
	}
	return ""
}

func sortKey(m *Mutual, key string) string {
	switch key {
	case "name":
		return Fold(m.Name)
	case "location":
		return Fold(m.Location)
	case "region":
		return Fold(m.Region)
	case "wave":
		return m.WaveText()
	case "legal_form":
		return Fold(m.LegalForm)
	case "date":
		return firstEventKey(m)
	case "status":
		return statusKey(m)
	}
	return ""
}

// statusKey orders mutuals along a life (planned, running, ended,
// dropped), each stage by the date it is as of; an unknown status has no
// key, so it goes last.
func statusKey(m *Mutual) string {
	st := m.Status()
	i := slices.Index(Statuses, st.Value)
	if st.Value == Unknown || i < 0 {
		return ""
	}
	key := fmt.Sprintf("%d", i)
	if d, ok := ParseDate(st.AsOf); ok {
		key += "." + d.sortKey()
	}
	return key
}

// firstEventKey places a mutual's earliest dated event as text that sorts
// by time, or "" when no event has a date that reads. A date known only
// to its year or month sorts where its period begins, as on the timeline,
// so "2010" sorts before "2010-03" (see Date.Before).
func firstEventKey(m *Mutual) string {
	var first Date
	for _, e := range m.Events {
		if d, ok := ParseDate(e.Date); ok && (first.IsZero() || d.Before(first)) {
			first = d
		}
	}
	if first.IsZero() {
		return ""
	}
	return first.sortKey()
}

// Order sorts positions (indexes into ms) by s, in place. Mutuals that
// do not record the field go last whichever the direction; ties go in
// load order. Each key is computed once, so a large list sorts fast.
func (s Sort) Order(ms []Mutual, positions []int) {
	if s.Key == "" {
		slices.Sort(positions)
		if s.Descending {
			slices.Reverse(positions)
		}
		return
	}
	type keyed struct {
		key string
		pos int
	}
	ks := make([]keyed, len(positions))
	for i, p := range positions {
		ks[i] = keyed{SortKey(&ms[p], s.Key), p}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		switch {
		case a.key == b.key: // ties keep load order
			return cmp.Compare(a.pos, b.pos)
		case a.key == "": // unrecorded last, in either direction
			return 1
		case b.key == "":
			return -1
		}
		if s.Descending {
			return cmp.Compare(b.key, a.key)
		}
		return cmp.Compare(a.key, b.key)
	})
	for i, k := range ks {
		positions[i] = k.pos
	}
}

// Sorted returns matches (ascending positions, as a search gives them) in
// the order of order, a permutation of positions 0…len(order)-1 that Order
// built once: one walk, with no strings compared again. Matches beyond
// the permutation (records still arriving) follow in load order.
func Sorted(matches, order []int) []int {
	if order == nil {
		return matches
	}
	in := make([]bool, len(order))
	var beyond []int
	for _, p := range matches {
		if p < len(order) {
			in[p] = true
		} else {
			beyond = append(beyond, p)
		}
	}
	out := make([]int, 0, len(matches))
	for _, p := range order {
		if in[p] {
			out = append(out, p)
		}
	}
	return append(out, beyond...)
}
