package model

import "strings"

// Share says how widely one item of a list-valued field is shared among
// the mutuals of a Comparison.
type Share string

const (
	SharedByAll  Share = "all"     // every compared mutual lists it
	SharedBySome Share = "some"    // more than one, but not all
	OnlyOne      Share = "one"     // only this mutual lists it
	NotKnown     Share = "unknown" // "unknown": no source, so nothing to match
)

// Unknown is how the data writes a value no source gives. Comparison,
// facets and sorting treat it as no value: two unknowns share nothing.
const Unknown = "unknown"

// OrUnknown is s, or Unknown when no source gives it: the one way an
// absent value is shown.
func OrUnknown(s string) string {
	if s == "" {
		return Unknown
	}
	return s
}

// itemKey is the form in which items are matched: case, accents and
// spacing do not count.
func itemKey(item string) string { return Fold(strings.TrimSpace(item)) }

// Shares marks every item of values (one list per mutual) by how many of
// the mutuals list it. An item listed twice by one mutual counts once.
func Shares(values [][]string) [][]Share {
	keys := make([][]string, len(values))
	holders := map[string]int{}
	seen := map[string]bool{}
	for i, items := range values {
		keys[i] = make([]string, len(items))
		clear(seen)
		for j, item := range items {
			k := itemKey(item)
			keys[i][j] = k
			if !seen[k] {
				seen[k] = true
				holders[k]++
			}
		}
	}
	out := make([][]Share, len(values))
	for i, ks := range keys {
		out[i] = make([]Share, len(ks))
		for j, k := range ks {
			out[i][j] = share(k, holders[k], len(values))
		}
	}
	return out
}

func share(key string, holders, mutuals int) Share {
	switch {
	case key == Unknown:
		return NotKnown
	case holders == 1:
		return OnlyOne
	case holders == mutuals:
		return SharedByAll
	}
	return SharedBySome
}
