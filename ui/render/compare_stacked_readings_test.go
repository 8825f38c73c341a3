package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// TestStackedCompareKeepsReadings: the stacked layout (narrow, or many
// mutuals) gives each mutual's location and legal form as the table does,
// every reading with its sources included; it printed only the legal
// form, so a reading a source gives was lost at 40 columns.
func TestStackedCompareKeepsReadings(t *testing.T) {
	ms := []model.Mutual{
		{ID: "aa", Name: "Alpha", Location: "Aton", LegalForm: "cic",
			Readings: []model.Reading{{Field: "legal_form", Value: "READINGVALUE co-op", Sources: []string{"s2"}},
				{Field: "location", Value: "Elsewhere", Sources: []string{"s3"}}}},
		{ID: "bb", Name: "Beta", Location: "Bton", LegalForm: "co-op"},
	}
	ds := model.NewDataset("t", nil, ms, nil)
	c := model.Compare([]*model.Mutual{&ds.Mutuals[0], &ds.Mutuals[1]}, []string{"service_area"}, ds)
	wide := ansi.Strip(strings.Join(CompareLines(c, 120, NewStyles(true)), "\n"))
	for _, w := range []int{40, 60} {
		text := ansi.Strip(strings.Join(StackedCompare(c, w, NewStyles(true)), " "))
		text = strings.Join(strings.Fields(text), " ")
		for _, want := range []string{"READINGVALUE co-op (s2)", "Elsewhere (s3)"} {
			if !strings.Contains(strings.Join(strings.Fields(wide), " "), want) {
				t.Fatalf("the table does not say %q either:\n%s", want, wide)
			}
			if !strings.Contains(text, want) {
				t.Errorf("width %d: the stacked comparison leaves out %q:\n%s", w, want, text)
			}
		}
	}
}
