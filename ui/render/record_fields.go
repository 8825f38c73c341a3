package render

import (
	"strings"

	"github.com/mutuals/mutuals/model"
)

// labelledValue is a field of a record as it shows: its label and value.
type labelledValue struct {
	Label, Value string
	size         int // the bytes of the whole value, when Value is its start
}

// key is the field's key, for highlighting a query's fielded terms in it.
func (v labelledValue) key() string {
	f, _ := model.FieldByKey(strings.ReplaceAll(v.Label, " ", "_"))
	return f.Key
}

// RecordFields are a record's fields between its place and its summary,
// each value whole.
func RecordFields(ds *model.Dataset, m *model.Mutual) []labelledValue {
	return recordFields(ds, m, nil)
}

// recordFields are the fields with each list joined within b: a screen
// joins no more of a list than it can show (Budget.Commas).
func recordFields(ds *model.Dataset, m *model.Mutual, b *Budget) []labelledValue {
	list := func(label string, values []string) labelledValue {
		v, size := b.Commas(values)
		return labelledValue{label, v, size}
	}
	mentors := list("mentors named", m.Mentors)
	if mentors.Value == "" {
		mentors.Value = noneNamed
		if len(m.ReadingsOf("mentors")) > 0 {
			mentors.Value = "none named as assigned; see " + seeReadings(m)
		}
	}
	var fields []labelledValue
	if p, ok := ds.ProgrammeOf(m); ok {
		fields = append(fields, labelledValue{Label: "programme", Value: p.Label()})
	}
	fields = append(fields, []labelledValue{
		{Label: "wave", Value: orReadings(m, "wave", m.WaveText())},
		{Label: "legal form", Value: orReadings(m, "legal_form", m.LegalFormText())},
		list("service area", m.ServiceArea),
		list("staff groups", m.StaffGroups),
		mentors,
	}...)
	if pool, ok := ds.PoolOf(m); ok {
		f := list("mentor pool", pool.Mentors)
		f.Value = poolNote(pool) + f.Value
		f.size += len(poolNote(pool))
		fields = append(fields, f)
	}
	if len(m.Partners) > 0 {
		fields = append(fields, list("partners", m.Partners))
	}
	if m.Became != "" {
		fields = append(fields, labelledValue{Label: "became", Value: m.Became})
	}
	fields = append(fields, labelledValue{Label: "outcome", Value: orReadings(m, "outcome", m.Outcome)})
	return append(fields, labelledValue{Label: "status", Value: StatusText(m.Status())})
}

// StatusText is a status as the record shows it: with its date, how it
// ended, and who says so where a source states it.
func StatusText(st model.Status) string {
	text := st.String()
	if st.Stated && len(st.Sources) > 0 {
		text += " [" + Commas(st.Sources) + "]"
	}
	if st.Note != "" {
		text += ": " + st.Note
	}
	return text
}

// DifferHeading heads the readings, worded for one reading as for
// several: a single reading is one source against the record.
func DifferHeading(readings int) string {
	if readings == 1 {
		return "Where a source differs"
	}
	return "Where sources differ"
}

// seeReadings points a field's line to the readings' section.
func seeReadings(m *model.Mutual) string {
	h := DifferHeading(len(m.Readings))
	return strings.ToLower(h[:1]) + h[1:]
}

// orReadings is a field's value, "unknown" when the record gives none;
// where readings give the field, an unknown points to them rather than
// standing flatly.
func orReadings(m *model.Mutual, key, v string) string {
	if v == "" && len(m.ReadingsOf(key)) > 0 {
		return model.Unknown + "; see " + seeReadings(m)
	}
	return model.OrUnknown(v)
}
