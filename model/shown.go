package model

import "strings"

// readingField is the file-format key readings name for a field: events
// are read as "event".
func readingField(key string) string {
	if key == "events" {
		return "event"
	}
	return key
}

// Shown is what every view shows of one field of m, the same in each: its
// values; its status with its date; each event with its own sources; and,
// where sources disagree, every reading with the sources that give it. It
// is the one home of that rule, so no format can drop a reading.
func Shown(m *Mutual, key string) []string {
	f, ok := FieldByKey(key)
	if !ok {
		return nil
	}
	var out []string
	switch f.Key {
	case "legal_form":
		return f.Values(m) // the readings are the values
	case "status":
		// a status read from the events is cited by them; a stated one
		// by its own sources
		if st := m.Status(); st.Stated {
			out = append(out, st.String()+cites(st.Sources))
		} else if st.Value != Unknown {
			out = append(out, st.String())
		}
	case "events":
		for _, e := range m.Events {
			out = append(out, e.Date+" "+e.Kind+": "+e.Text+cites(e.Sources))
		}
	default:
		out = append(out, f.Values(m)...)
	}
	for _, r := range m.ReadingsOf(readingField(f.Key)) {
		out = append(out, ReadingText(r))
	}
	return out
}

// ReadingText is one reading as every view writes it.
func ReadingText(r Reading) string {
	return "reading: " + r.Value + cites(r.Sources)
}

func cites(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return " (" + strings.Join(ids, ", ") + ")"
}
