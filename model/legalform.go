package model

import (
	"fmt"
	"slices"
	"strings"
)

// The legal form is the one field whose sources disagree often enough to
// need a rule: where readings are recorded, each reading is a form the
// mutual was given, and the announced form alone is no longer the answer.
// Facets, queries, comparison and the record all read it from here.

// LegalForms is the announced legal form, or each form a source gives
// where sources disagree: a mutual counts under every one of them.
func (m *Mutual) LegalForms() []string {
	rs := m.ReadingsOf("legal_form")
	if len(rs) == 0 {
		return one(m.LegalForm)
	}
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Value
	}
	return out
}

// legalFormsCited is LegalForms with the sources of each reading, for the
// query field, which matches the citations too.
func legalFormsCited(m *Mutual) []string {
	rs := m.ReadingsOf("legal_form")
	if len(rs) == 0 {
		return one(m.LegalForm)
	}
	out := make([]string, 0, len(rs)+1)
	// the record's own value goes first where no reading gives it, so
	// that a reading never hides it
	if m.LegalForm != "" && !slices.ContainsFunc(rs, func(r Reading) bool { return r.Value == m.LegalForm }) {
		out = append(out, m.LegalForm)
	}
	for _, r := range rs {
		out = append(out, r.Value+" ("+strings.Join(r.Sources, ", ")+")")
	}
	return out
}

// LegalFormText is the announced form as one line, saying when sources
// differ ("" when no source gives one).
func (m *Mutual) LegalFormText() string {
	if n := len(m.ReadingsOf("legal_form")); n > 1 {
		return fmt.Sprintf("%s (sources differ: %d readings)", m.LegalForm, n)
	}
	return m.LegalForm
}
