package model

// SortValue is what a mutual sorts by under key, as people read it: the
// date of its earliest dated event, its wave as "wave 2", and "unknown"
// where it records none. A list that does not show the field can show
// this beside each row, so that the order can be seen.
func SortValue(m *Mutual, key string) string {
	switch key {
	case "name":
		return m.Name
	case "location":
		return OrUnknown(m.Location)
	case "region":
		return OrUnknown(m.Region)
	case "wave":
		if m.Wave == 0 {
			return Unknown
		}
		return "wave " + m.WaveText()
	case "legal_form":
		return OrUnknown(m.LegalForm)
	case "date":
		var first Date
		text := ""
		for _, e := range m.Events {
			if d, ok := ParseDate(e.Date); ok && (first.IsZero() || d.Before(first)) {
				first, text = d, e.Date
			}
		}
		return OrUnknown(text)
	}
	return ""
}
