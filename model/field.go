package model

import "strings"

// Field is one thing a mutual records, named as the file format names it
// (Key), as people read it (Label) and as queries name it (Names).
type Field struct {
	Key   string
	Label string
	Names []string
	// List reports whether the field holds several values.
	List   bool
	Values func(m *Mutual) []string
}

func one(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// Fields lists every field in the order a full record shows them.
var Fields = []Field{
	{Key: "id", Label: "id", Names: []string{"id"}, Values: func(m *Mutual) []string { return one(m.ID) }},
	{Key: "name", Label: "name", Names: []string{"name"}, Values: func(m *Mutual) []string { return one(m.Name) }},
	{Key: "location", Label: "location", Names: []string{"location", "place"}, Values: func(m *Mutual) []string { return one(m.Location) }},
	{Key: "region", Label: "region", Names: []string{"region"}, Values: func(m *Mutual) []string { return one(m.Region) }},
	{Key: "wave", Label: "wave", Names: []string{"wave"}, Values: func(m *Mutual) []string { return one(m.WaveText()) }},
	{Key: "legal_form", Label: "legal form", Names: []string{"form"}, Values: legalFormsCited},
	{Key: "service_area", Label: "service area", Names: []string{"service"}, List: true, Values: func(m *Mutual) []string { return m.ServiceArea }},
	{Key: "staff_groups", Label: "staff groups", Names: []string{"staff"}, List: true, Values: func(m *Mutual) []string { return m.StaffGroups }},
	{Key: "mentors", Label: "mentors named", Names: []string{"mentor"}, List: true, Values: func(m *Mutual) []string { return m.Mentors }},
	{Key: "partners", Label: "partners", Names: []string{"partner"}, List: true, Values: func(m *Mutual) []string { return m.Partners }},
	{Key: "became", Label: "became", Names: []string{"became"}, Values: func(m *Mutual) []string { return one(m.Became) }},
	{Key: "outcome", Label: "outcome", Names: []string{"outcome"}, Values: func(m *Mutual) []string { return one(m.Outcome) }},
	{Key: "status", Label: "status", Names: []string{"status"}, Values: statusValues},
	{Key: "programme", Label: "programme", Names: []string{"programme", "program"}, Values: func(m *Mutual) []string { return one(m.Programme) }},
	{Key: "summary", Label: "summary", Names: []string{"summary"}, Values: func(m *Mutual) []string { return one(m.Summary) }},
	{Key: "events", Label: "what happened next", Names: []string{"event"}, List: true, Values: eventLines},
	{Key: "sources", Label: "sources", Names: []string{"source"}, List: true, Values: func(m *Mutual) []string { return m.Cited() }},
}

func eventLines(m *Mutual) []string {
	out := make([]string, len(m.Events))
	for i, e := range m.Events {
		out[i] = e.Date + " " + e.Kind + ": " + e.Text
	}
	return out
}

// FieldByKey finds a field by its file-format key or any of its query names.
func FieldByKey(key string) (Field, bool) {
	k := strings.ToLower(strings.TrimSpace(key))
	for _, f := range Fields {
		if f.Key == k || strings.ReplaceAll(f.Label, " ", "_") == k {
			return f, true
		}
		for _, n := range f.Names {
			if n == k {
				return f, true
			}
		}
	}
	return Field{}, false
}

// FieldNames lists every name a query may use before a colon.
func FieldNames() []string {
	var out []string
	for _, f := range Fields {
		out = append(out, f.Names...)
	}
	return out
}

// Naming is how help names a field in a query: its first query name, and
// any other in brackets ("location (place)").
func (f Field) Naming() string {
	if len(f.Names) > 1 {
		return f.Names[0] + " (" + strings.Join(f.Names[1:], ", ") + ")"
	}
	return f.Names[0]
}

// QueryFieldNames names every field a query may limit a term to, in the
// order of Fields, for help that cannot fall behind the table.
func QueryFieldNames() []string {
	out := make([]string, len(Fields))
	for i, f := range Fields {
		out[i] = f.Naming()
	}
	return out
}
