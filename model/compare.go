package model

import (
	"fmt"
	"slices"
	"strings"
)

// Row is one field of a Comparison: a value list per mutual, and whether
// all of them are the same. For a list-valued field, Shares marks each
// value, in the same places as Values, by how widely it is shared.
type Row struct {
	Field  string     `json:"field"`
	Label  string     `json:"label"`
	Values [][]string `json:"values"`
	Same   bool       `json:"same"`
	Shares [][]Share  `json:"shares,omitempty"`
	// Unknown is set when no source gives the field for any of the
	// mutuals: then the row is not the same for all, which would claim a
	// fact no source gives.
	Unknown bool `json:"unknown_for_all"`
	// Verdict is one of the three above in words, as every format says it.
	Verdict string `json:"verdict"`
}

// The verdicts of a row, the same in every format.
const (
	VerdictSame    = "same"
	VerdictDiffers = "differs"
	VerdictUnknown = "unknown for all"
)

func verdict(r Row) string {
	switch {
	case r.Unknown:
		return VerdictUnknown
	case r.Same:
		return VerdictSame
	}
	return VerdictDiffers
}

// Comparison sets mutuals side by side, one Row per field.
type Comparison struct {
	Mutuals []*Mutual
	Header  []Row // name, location, legal form
	Rows    []Row
}

// PoolField is the comparison row for the mentors offered to the whole
// programme, kept apart from mentors named for one mutual.
const PoolField = "mentor_pool"

// DefaultCompareFields are the rows a comparison shows unless asked.
var DefaultCompareFields = []string{"status", "service_area", "staff_groups", "mentors", PoolField}

// CompareFields lists every field a comparison can show, in order.
func CompareFields() []string {
	var out []string
	for _, f := range Fields {
		switch f.Key {
		case "id", "name":
			continue
		case "mentors":
			out = append(out, f.Key, PoolField)
			continue
		}
		out = append(out, f.Key)
	}
	return out
}

// ParseFields turns a comma-separated list of field names into keys.
func ParseFields(list string) ([]string, error) {
	var keys []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if k := strings.ReplaceAll(strings.ToLower(name), " ", "_"); k == PoolField || k == "pool" {
			keys = append(keys, PoolField)
			continue
		}
		f, ok := FieldByKey(strings.ReplaceAll(name, " ", "_"))
		if !ok {
			return nil, unknownField(name)
		}
		keys = append(keys, f.Key)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("no fields given: name one or more of %s", strings.Join(CompareFields(), ", "))
	}
	return keys, nil
}

func unknownField(name string) error {
	all := append(CompareFields(), FieldNames()...)
	if s, ok := Closest(strings.ToLower(name), all); ok {
		return fmt.Errorf("unknown field %q: did you mean %s?", name, s)
	}
	return fmt.Errorf("unknown field %q: known fields are %s", name, strings.Join(CompareFields(), ", "))
}

// Compare builds the comparison of ms over the given field keys.
// The pool offered to each comes from its own programme in ds (which
// may be nil: then none was offered).
func Compare(ms []*Mutual, fields []string, ds *Dataset) Comparison {
	c := Comparison{Mutuals: ms}
	for _, k := range []string{"name", "location", "legal_form"} {
		c.Header = append(c.Header, row(ms, k, ds))
	}
	for _, k := range fields {
		c.Rows = append(c.Rows, row(ms, k, ds))
	}
	return c
}

func row(ms []*Mutual, key string, ds *Dataset) Row {
	r := Row{Field: key, Values: make([][]string, len(ms))}
	list := key == PoolField
	if list {
		r.Label = "mentor pool (offered by the programme)"
		for i, m := range ms {
			if pool, ok := ds.PoolOf(m); ok {
				r.Values[i] = pool.Mentors
			}
		}
	} else {
		f, _ := FieldByKey(key)
		// Events are one mutual's own dated history: no two share one.
		r.Label, list = f.Label, f.List && key != "events"
		for i, m := range ms {
			r.Values[i] = Shown(m, key)
		}
	}
	for i, v := range r.Values {
		if v == nil {
			r.Values[i] = []string{}
		}
	}
	r.Unknown = allUnknown(r.Values)
	r.Same = !r.Unknown && allSame(r.Values)
	r.Verdict = verdict(r)
	if list {
		r.Shares = Shares(r.Values)
	}
	return r
}

// Table is the rows every format prints, in order, under the mutuals'
// names: where each is and its legal form (the header's), then Body. The
// text, Markdown, CSV and JSON of one comparison hold the same rows.
func (c Comparison) Table() []Row {
	out := make([]Row, 0, len(c.Header)+len(c.Rows))
	for _, h := range c.Header {
		if h.Field != "name" {
			out = append(out, h)
		}
	}
	return append(out, c.Body()...)
}

// Body is the rows to show under the header: the fields asked for, less
// those the header already shows (location, legal form), so that each is
// printed once.
func (c Comparison) Body() []Row {
	var out []Row
	for _, r := range c.Rows {
		if !slices.ContainsFunc(c.Header, func(h Row) bool { return h.Field == r.Field }) {
			out = append(out, r)
		}
	}
	return out
}

// allUnknown reports whether every value is missing or Unknown.
func allUnknown(vals [][]string) bool {
	for _, v := range vals {
		for _, item := range v {
			if k := itemKey(item); k != "" && k != Unknown {
				return false
			}
		}
	}
	return true
}

func allSame(vals [][]string) bool {
	if len(vals) == 0 {
		return true
	}
	for _, v := range vals[1:] {
		if !slices.Equal(v, vals[0]) {
			return false
		}
	}
	return true
}
