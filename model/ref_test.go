package model_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

func TestFindRules(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		ref, want string
		errHas    []string
	}{
		{ref: "leicester", want: "leicester"},
		{ref: "leic", want: "leicester"},
		{ref: "homeless", want: "leicester"},
		// Under 3 characters, only ids: "x" is in one name, but naming a
		// mutual by one letter of it is a guess, not a choice.
		{ref: "x", errHas: []string{`no mutual matches "x": run`}},
		{ref: "sw", want: "swindon"},
		{ref: "lecester", errHas: []string{"did you mean leicester"}},
		// Suggestions come from names and locations too.
		{ref: "lodnon", errHas: []string{"london-partnership", "westminster", "hammersmith-fulham"}},
		{ref: "swimdon", errHas: []string{"swindon"}},
	}
	for _, tc := range cases {
		m, err := ds.Find(tc.ref)
		if tc.want != "" {
			if err != nil || m.ID != tc.want {
				t.Errorf("Find(%q) = %v, %v; want %s", tc.ref, m, err, tc.want)
			}
			continue
		}
		if err == nil {
			t.Errorf("Find(%q) = %s, want an error", tc.ref, m.ID)
			continue
		}
		for _, s := range tc.errHas {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("Find(%q): %q lacks %q", tc.ref, err, s)
			}
		}
		if strings.Contains(err.Error(), "swindon") && tc.ref == "lodnon" {
			t.Errorf("Find(lodnon) suggests swindon: %v", err)
		}
	}
}

// An ambiguous REF lists at most 10 candidates, then says how many more.
func TestFindCandidatesStopAtTen(t *testing.T) {
	var ms []model.Mutual
	for i := range 25 {
		ms = append(ms, model.Mutual{ID: fmt.Sprintf("care-%02d", i), Name: fmt.Sprintf("Care %d", i), Location: "Town"})
	}
	ds := model.NewDataset("t", nil, ms, nil)
	_, err := ds.Find("care")
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if n := strings.Count(msg, "\n  care-"); n != 10 {
		t.Errorf("%d candidates listed, want 10:\n%s", n, msg)
	}
	if !strings.Contains(msg, "25 mutuals") || !strings.Contains(msg, "and 15 more") {
		t.Errorf("the count is missing:\n%s", msg)
	}
}

// TestLongRefIsBounded: looking for suggestions costs no more for a REF of
// 20,000 characters than for one of 20 (comparing every record's words
// with the whole REF once took a minute on 10,000 records), and a long REF
// that is one letter off still finds nothing absurd.
func TestLongRefIsBounded(t *testing.T) {
	var ms []model.Mutual
	for i := range 2000 {
		ms = append(ms, model.Mutual{ID: fmt.Sprintf("care-%d", i), Name: fmt.Sprintf("Care Trust %d of the North", i), Location: "Town"})
	}
	ds := model.NewDataset("t", nil, ms, nil)
	cost := func(ref string) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if _, err := ds.Find(ref); err == nil {
			t.Fatalf("%.20q found something", ref)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	short, long := cost(strings.Repeat("q", 20)), cost(strings.Repeat("q", 20000))
	if long > 2*short+20000*16 {
		t.Errorf("a 20,000-character REF allocated %d bytes, a 20-character one %d", long, short)
	}
}

// TestRefErrorNamesTheProgram: what a REF error tells the user to run is
// the program as they run it: mutuals, or ssh HOST for a served reader.
func TestRefErrorNamesTheProgram(t *testing.T) {
	many := make([]*model.Mutual, 12)
	for i := range many {
		many[i] = &model.Mutual{ID: fmt.Sprint("m", i), Name: "n", Location: "l"}
	}
	for _, tc := range []struct {
		e    model.RefError
		want string
	}{
		{model.RefError{Ref: "zz"}, "run `mutuals list` to see the ids"},
		{model.RefError{Ref: "zz", Program: "ssh HOST"}, "run `ssh HOST list` to see the ids"},
		{model.RefError{Ref: "n", Candidates: many}, "… and 2 more: mutuals list n shows them all"},
		{model.RefError{Ref: "n", Candidates: many, Program: "ssh HOST"}, "… and 2 more: ssh HOST list n shows them all"},
	} {
		if got := tc.e.Error(); !strings.Contains(got, tc.want) {
			t.Errorf("%+v: %q, want %q", tc.e, got, tc.want)
		}
	}
}
