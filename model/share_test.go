package model

import (
	"reflect"
	"testing"
)

func TestShares(t *testing.T) {
	const (
		all  = SharedByAll
		some = SharedBySome
		one  = OnlyOne
		unk  = NotKnown
	)
	cases := []struct {
		name   string
		values [][]string
		want   [][]Share
	}{
		{"two mutuals, one item in common",
			[][]string{{"NHS staff", "council staff"}, {"NHS staff"}},
			[][]Share{{all, one}, {all}}},
		{"two mutuals, nothing in common",
			[][]string{{"youth"}, {"health", "care"}},
			[][]Share{{one}, {one, one}}},
		{"three mutuals: all, some and one",
			[][]string{{"health", "care"}, {"health", "care", "housing"}, {"health", "youth"}},
			[][]Share{{all, some}, {all, some, one}, {all, one}}},
		{"four mutuals, shared by three is some",
			[][]string{{"a"}, {"a"}, {"a"}, {"b"}},
			[][]Share{{some}, {some}, {some}, {one}}},
		{"a duplicate within one mutual counts once",
			[][]string{{"KPMG", "kpmg"}, {"PwC"}},
			[][]Share{{one, one}, {one}}},
		{"a duplicate within one, shared with the other",
			[][]string{{"KPMG", "KPMG"}, {"KPMG"}, {"PwC"}},
			[][]Share{{some, some}, {some}, {one}}},
		{"case, accents and surrounding space do not count",
			[][]string{{"Café Society"}, {" cafe society  "}, {"CAFÉ SOCIETY"}},
			[][]Share{{all}, {all}, {all}}},
		{"spacing does not count either, as in a facet or a search",
			[][]string{{"NHS staff"}, {"NHS  staff"}, {"NHS\tstaff"}},
			[][]Share{{all}, {all}, {all}}},
		{"other differences do count",
			[][]string{{"NHS staff"}, {"NHS-staff"}, {"NHSstaff"}},
			[][]Share{{one}, {one}, {one}}},
		{"empty lists",
			[][]string{{}, {"health"}, {}},
			[][]Share{{}, {one}, {}}},
		{"all empty",
			[][]string{{}, {}},
			[][]Share{{}, {}}},
		{"unknown is never shared, nor unique",
			[][]string{{"unknown"}, {"Unknown", "NHS employees"}},
			[][]Share{{unk}, {unk, one}}},
		{"one mutual: its items are its own",
			[][]string{{"a", "b"}},
			[][]Share{{one, one}}},
		{"no mutuals",
			[][]string{},
			[][]Share{}},
	}
	for _, tc := range cases {
		if got := Shares(tc.values); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Shares(%q) = %v, want %v", tc.name, tc.values, got, tc.want)
		}
	}
}

func TestCompareMarksListRows(t *testing.T) {
	ds := testDataset()
	ms := []*Mutual{&ds.Mutuals[0], &ds.Mutuals[1]}
	c := Compare(ms, []string{"location", "staff_groups", "mentors", PoolField}, ds)
	want := map[string][][]Share{
		"location":     nil, // one value each: nothing to mark
		"staff_groups": {{SharedByAll, OnlyOne}, {SharedByAll}},
		"mentors":      {{}, {OnlyOne}},
		PoolField:      {{SharedByAll, SharedByAll}, {SharedByAll, SharedByAll}},
	}
	for _, r := range c.Rows {
		if !reflect.DeepEqual(r.Shares, want[r.Field]) {
			t.Errorf("%s: shares %v, want %v", r.Field, r.Shares, want[r.Field])
		}
	}
	for _, r := range c.Header {
		if r.Shares != nil {
			t.Errorf("header %s has shares %v", r.Field, r.Shares)
		}
	}
}
