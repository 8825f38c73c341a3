package model

import "slices"

// Same reports whether two records say the same thing: a mutual copied
// into a register unchanged (show -f toml) is the built-in one, not a
// second mutual. An empty list and a missing one are the same.
func (m *Mutual) Same(o *Mutual) bool {
	return m.ID == o.ID && m.Name == o.Name && m.Location == o.Location && m.Region == o.Region && m.Wave == o.Wave &&
		slices.Equal(m.ServiceArea, o.ServiceArea) && slices.Equal(m.StaffGroups, o.StaffGroups) &&
		slices.Equal(m.Mentors, o.Mentors) && m.LegalForm == o.LegalForm && slices.Equal(m.Partners, o.Partners) &&
		m.Became == o.Became && m.Outcome == o.Outcome && m.Summary == o.Summary && slices.Equal(m.Sources, o.Sources) &&
		slices.EqualFunc(m.Events, o.Events, sameEvent) && slices.EqualFunc(m.Readings, o.Readings, sameReading) &&
		m.Programme == o.Programme && sameStated(m.Stated, o.Stated)
}

// Same reports whether two definitions of a programme say the same thing.
func (p *Programme) Same(o *Programme) bool {
	return p.ID == o.ID && p.Name == o.Name && p.Announced == o.Announced && p.Summary == o.Summary && p.Total == o.Total &&
		slices.Equal(p.Sources, o.Sources) && slices.EqualFunc(p.Readings, o.Readings, sameReading) &&
		slices.EqualFunc(p.Pools, o.Pools, func(a, b Pool) bool {
			return a.Wave == b.Wave && a.Note == b.Note && slices.Equal(a.Mentors, b.Mentors) && slices.Equal(a.Sources, b.Sources)
		})
}

func sameEvent(a, b Event) bool {
	return a.Date == b.Date && a.Kind == b.Kind && a.Text == b.Text && slices.Equal(a.Sources, b.Sources)
}

func sameReading(a, b Reading) bool {
	return a.Field == b.Field && a.Value == b.Value && slices.Equal(a.Sources, b.Sources)
}

func sameStated(a, b StatedStatus) bool {
	return a.Value == b.Value && a.Date == b.Date && a.Note == b.Note && slices.Equal(a.Sources, b.Sources)
}
