package model_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// TestFoldedTextIsTheValues: the text a search folds for a mutual when it
// checks one is each field's values (Field.Values), each folded alone and
// joined by a NUL, and the fields joined likewise: what the index held
// before it folded on demand, and what Highlight finds terms in.
func TestFoldedTextIsTheValues(t *testing.T) {
	ds, err := loadtest.Load(t, "t.toml", datatest.Synthetic(300, 5))
	if err != nil {
		t.Fatal(err)
	}
	hard := fuzzDataset()
	ms := append(hard.Mutuals, ds.Mutuals...)
	ms = append(ms, model.Mutual{ID: "spaced", Name: " A \t B  ", ServiceArea: []string{"", "  x\n"},
		Events: []model.Event{{Date: "2011 ", Kind: " Launched\t", Text: "\tÉté  opened "}, {Kind: "other"}},
		Stated: model.StatedStatus{Value: "running", Date: "2012"}})
	ix := model.NewIndex(model.NewDataset("t", nil, ms, append(hard.Sources, ds.Sources...)))
	for i := range ms {
		var all []string
		for pos, f := range model.Fields {
			var want []string
			for _, v := range f.Values(&ms[i]) {
				want = append(want, model.Fold(v))
			}
			joined := strings.Join(want, "\x00")
			if got := ix.FoldedField(i, pos); got != joined {
				t.Fatalf("mutual %q, %s: folded %q, want %q", ms[i].ID, f.Key, got, joined)
			}
			all = append(all, joined)
		}
		if got, want := ix.FoldedField(i, -1), strings.Join(all, "\x00"); got != want {
			t.Fatalf("mutual %q: folded %q, want %q", ms[i].ID, got, want)
		}
		fields, whole, again := ix.FoldedMixed(i)
		if !slices.Equal(fields, all) || !slices.Equal(again, all) || whole != strings.Join(all, "\x00") {
			t.Fatalf("mutual %q: folded a field at a time and whole in one buffer, %q, %q, %q; want %q", ms[i].ID, fields, whole, again, all)
		}
	}
}
