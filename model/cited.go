package model

// Cited is every source id the record cites: its own, then its events',
// then its readings', each once, in the order first cited. A source cited
// only by an event is still one the reader must be able to look up.
func (m *Mutual) Cited() []string {
	seen := make(map[string]bool, len(m.Sources))
	var out []string
	add := func(ids []string) {
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	add(m.Sources)
	for _, e := range m.Events {
		add(e.Sources)
	}
	for _, r := range m.Readings {
		add(r.Sources)
	}
	return out
}
