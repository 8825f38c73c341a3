package model

import "slices"

// Cited is every source id the record cites: its own, then its events',
// then its readings', each once, in the order first cited. A source cited
// only by an event is still one the reader must be able to look up.
func (m *Mutual) Cited() []string {
	var out []string
	m.eachCited(func(id string) { out = append(out, id) })
	return out
}

// eachCited calls f with each id Cited gives, in its order, without
// gathering them: the index folds every mutual's, and a map and a slice
// for each was most of what folding allocated.
func (m *Mutual) eachCited(f func(id string)) {
	var room [16]string
	seen := room[:0]
	var many map[string]bool // past a few ids, a list would make it quadratic
	visit := func(ids []string) {
		for _, id := range ids {
			switch {
			case many != nil:
				if many[id] {
					continue
				}
				many[id] = true
			case slices.Contains(seen, id):
				continue
			case len(seen) == len(room):
				many = make(map[string]bool, 2*len(room))
				for _, s := range seen {
					many[s] = true
				}
				many[id] = true
			default:
				seen = append(seen, id)
			}
			f(id)
		}
	}
	visit(m.Sources)
	for _, e := range m.Events {
		visit(e.Sources)
	}
	for _, r := range m.Readings {
		visit(r.Sources)
	}
}
