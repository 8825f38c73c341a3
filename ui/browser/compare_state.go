package browser

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// The comparison screen's title and footer say its state: which fields it
// shows, which columns are on screen, what each key would change.

func (s *compareScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

// relabel is a binding as the footer should say it now.
func relabel(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// rows is the fields shown before a is pressed (other false) or after:
// those the screen opened on (the defaults, or compare --fields), and
// every field; or, when it opened on every field (--all), the defaults.
func (s *compareScreen) rows(other bool) []string {
	switch {
	case !other:
		return s.fields
	case slices.Equal(s.fields, model.CompareFields()):
		return model.DefaultCompareFields
	}
	return model.CompareFields()
}

// fieldsName is what the footer calls a set of fields.
func (s *compareScreen) fieldsName(fields []string) string {
	switch {
	case slices.Equal(fields, model.CompareFields()):
		return "all fields"
	case slices.Equal(fields, model.DefaultCompareFields):
		return "default fields"
	}
	return "chosen fields"
}

// fieldsWord says which rows are shown: all, the defaults, or those asked
// for by name.
func (s *compareScreen) fieldsWord() string {
	fields := s.rows(s.all)
	rows := s.fieldsName(fields)
	if rows == "chosen fields" {
		labels := make([]string, 0, len(fields))
		for _, r := range model.Compare(nil, fields, s.ds).Rows {
			labels = append(labels, render.RowLabel(r))
		}
		rows = "fields: " + strings.Join(labels, ", ")
	}
	if s.diffOnly {
		rows += ", differences only"
	}
	return rows
}

// columnsWord says which columns (mutuals) are on screen and which arrow shows the
// others, or is empty when all of them are.
func (s *compareScreen) columnsWord() string {
	n := len(s.ms)
	if s.columns >= n {
		return ""
	}
	which := fmt.Sprintf("columns %d–%d of %d", s.first+1, s.first+s.columns, n)
	if s.columns == 1 {
		which = fmt.Sprintf("column %d of %d", s.first+1, n)
	}
	var arrows []string
	if s.first > 0 {
		arrows = append(arrows, "←")
	}
	if s.first+s.columns < n {
		arrows = append(arrows, "→")
	}
	others := "more"
	if n == 2 {
		others = "the other"
	}
	return which + ", " + strings.Join(arrows, " ") + " for " + others
}

// title says what is compared and where the screen is in it. Where it does
// not fit, the parts that say least give way: the lines, then the fields;
// which mutuals are on screen stays.
func (s *compareScreen) title() string {
	count := fmt.Sprintf("Comparing %d mutuals", len(s.ms))
	cols := s.columnsWord()
	var lines string
	if pos := s.body.Position(); pos != "" {
		lines = "lines " + pos
	}
	fields := s.fieldsWord()
	candidates := [][]string{{count, fields, cols, lines}, {count, fields, cols}, {count, cols}, {cols}}
	if cols == "" {
		candidates = [][]string{{count, fields, lines}, {count, fields}, {count}}
	}
	for _, parts := range candidates {
		if t := joinParts(parts); render.Width(t)+2 <= s.width {
			return t
		}
	}
	return joinParts(candidates[len(candidates)-1])
}

// joinParts joins the parts that are not empty with " · ".
func joinParts(parts []string) string {
	return strings.Join(slices.DeleteFunc(slices.Clone(parts), func(p string) bool { return p == "" }), " · ")
}
