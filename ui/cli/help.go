package cli

import (
	"strings"

	"github.com/mutuals/mutuals/model"
)

// The lists of fields in help are built from the model's tables, so help
// names every field a command takes and no other.

// queryFieldsHelp is the query fields, wrapped to sit under the query
// language's "service:health" line.
func queryFieldsHelp(indent string) string {
	return wrapWords("a field limits it: "+strings.Join(model.QueryFieldNames(), ", "), 52, indent)
}

// facetFieldsHelp is every field stats --by takes.
func facetFieldsHelp() string {
	var names []string
	for _, k := range model.FacetFields {
		f, _ := model.FieldByKey(k)
		names = append(names, f.Naming())
	}
	return orList(names)
}

// compareFieldsHelp is every field compare --fields takes.
func compareFieldsHelp() string { return strings.Join(model.CompareFields(), ", ") }

// sortKeysHelp is every key list --sort takes.
func sortKeysHelp() string { return orList(model.SortKeys) }

func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// wrapWords breaks s at spaces into lines of at most width, the lines
// after the first indented.
func wrapWords(s string, width int, indent string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = strings.TrimSpace(line + " " + w)
	}
	return strings.Join(append(lines, line), "\n"+indent)
}
