package model_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

var rowFields = []string{"name", "location", "service_area"}

// TestWhyWestminsterChildren: the case. FE colleges' awarding body
// matches through a source's title, which its row does not show.
func TestWhyWestminsterChildren(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	q := model.ParseQuery("westminster children")
	ix := model.NewIndex(ds)
	var explained int
	for _, i := range ix.Search(q) {
		m := &ds.Mutuals[i]
		r, ok := q.Why(ds, m, rowFields...)
		if strings.Contains(strings.ToLower(m.Name), "westminster") && strings.Contains(strings.ToLower(m.Name), "children") {
			continue // its name shows both words
		}
		if !ok {
			t.Errorf("%s matched with no reason", m.ID)
			continue
		}
		got := strings.ToLower(r.Value[r.Ranges[0].Start:r.Ranges[0].End])
		if got != "westminster" && got != "children" {
			t.Errorf("%s: reason %s %q highlights %q", m.ID, r.Field.Key, r.Value, got)
		}
		explained++
	}
	if explained == 0 {
		t.Fatal("no mutual matched only outside its row; the case is gone from the data")
	}
}

// TestWhyEveryMatch: for every word of every mutual's hidden fields, each
// mutual the word finds either shows it in its row or has a reason whose
// highlighted text is the word.
func TestWhyEveryMatch(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix := model.NewIndex(ds)
	words := map[string]bool{}
	for i := range ds.Mutuals {
		m := &ds.Mutuals[i]
		for _, v := range append([]string{m.Summary}, m.Partners...) {
			for _, w := range strings.Fields(v) {
				if w = strings.Trim(w, `.,;:()"'[]`); len(w) > 3 && !strings.ContainsAny(w, `"-:`) {
					words[w] = true
				}
			}
		}
	}
	for w := range words {
		q := model.ParseQuery(w)
		for _, i := range ix.Search(q) {
			m := &ds.Mutuals[i]
			visible := false
			for _, f := range rowFields {
				fl, _ := model.FieldByKey(f)
				for _, v := range fl.Values(m) {
					visible = visible || len(q.Highlight(fl.Key, v)) > 0
				}
			}
			r, ok := q.Why(ds, m, rowFields...)
			if visible == ok {
				t.Fatalf("%q on %s: visible in the row %v, reason %v (%+v)", w, m.ID, visible, ok, r)
			}
			if ok && model.Fold(r.Value[r.Ranges[0].Start:r.Ranges[0].End]) != q.Terms()[0].Text {
				t.Fatalf("%q on %s: reason highlights %q", w, m.ID, r.Value[r.Ranges[0].Start:r.Ranges[0].End])
			}
		}
	}
}

// TestWhyNegatedAndFielded: a negated term is never a reason, and a
// fielded term is found only in its field.
func TestWhyNegatedAndFielded(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := &ds.Mutuals[0]
	if r, ok := model.ParseQuery("-zzzz").Why(ds, m, rowFields...); ok {
		t.Errorf("negated term gave a reason: %+v", r)
	}
	id := ds.Mutuals[0].Cited()[0]
	r, ok := model.ParseQuery("source:"+id).Why(ds, m, rowFields...)
	if !ok || r.Field.Key != "sources" {
		t.Errorf("source:%s gave %+v, %v; want the sources field", id, r, ok)
	}
}

// TestIndexWhyAgrees: the index's Why, which skips fields by their folded
// text, says what Query.Why says, for every word of every field.
func TestIndexWhyAgrees(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix := model.NewIndex(ds)
	words := map[string]bool{"westminster children": true, `"adult social"`: true, "health -kpmg": true, "source:cabinet": true}
	for i := range ds.Mutuals {
		for _, f := range model.Fields {
			for _, v := range f.Values(&ds.Mutuals[i]) {
				for _, w := range strings.Fields(v) {
					words[strings.Trim(w, `".,;:()'[]`)] = true
				}
			}
		}
	}
	for w := range words {
		q := model.ParseQuery(w)
		for _, i := range ix.Search(q) {
			want, wok := q.Why(ds, &ds.Mutuals[i], rowFields...)
			got, gok := ix.Why(i, q, rowFields...)
			if wok != gok || want.Field.Key != got.Field.Key || want.Value != got.Value || fmt.Sprint(want.Ranges) != fmt.Sprint(got.Ranges) {
				t.Fatalf("%q on %s: index says %v %+v, query says %v %+v", w, ds.Mutuals[i].ID, gok, got, wok, want)
			}
		}
	}
}
