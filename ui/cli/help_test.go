package cli

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// The field lists in help come from the model's tables: every query field
// is in list --help, every facet field in stats --help, every sort key in
// list --help and every comparison field in compare --help.
func TestHelpNamesEveryField(t *testing.T) {
	help := func(args ...string) string {
		out, err := run(t, append(args, "--help")...)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(out), " ")
	}
	list, stats, compare := help("list"), help("stats"), help("compare")
	for _, f := range model.Fields {
		if !strings.Contains(list, f.Naming()) {
			t.Errorf("list --help does not name the query field %s", f.Naming())
		}
	}
	for _, k := range model.FacetFields {
		f, _ := model.FieldByKey(k)
		if !strings.Contains(stats, f.Names[0]) {
			t.Errorf("stats --help does not name %s", f.Names[0])
		}
	}
	for _, k := range model.SortKeys {
		if !strings.Contains(list, k) {
			t.Errorf("list --help does not name the sort key %s", k)
		}
	}
	for _, k := range model.CompareFields() {
		if !strings.Contains(compare, k) {
			t.Errorf("compare --help does not name the field %s", k)
		}
	}
}
