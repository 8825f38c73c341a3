package model

import (
	"slices"
	"testing"
)

func TestPoolsByWave(t *testing.T) {
	waveOne := Pool{Wave: 1, Mentors: []string{"John Lewis Partnership"}}
	all := Pool{Mentors: []string{"Co-operatives UK"}}
	tests := []struct {
		name  string
		pools []Pool
		wave  int
		want  []string // nil: offered none
	}{
		{"a pool for every wave reaches every wave", []Pool{all}, 2, all.Mentors},
		{"a pool for every wave reaches an unknown wave", []Pool{all}, 0, all.Mentors},
		{"a wave's pool reaches its wave", []Pool{waveOne}, 1, waveOne.Mentors},
		{"a wave's pool does not reach another", []Pool{waveOne}, 2, nil},
		{"nor a mutual whose wave no source gives", []Pool{waveOne}, 0, nil},
		{"a wave's own pool comes before the pool for all", []Pool{all, waveOne}, 1, waveOne.Mentors},
		{"the pool for all where the wave has none", []Pool{waveOne, all}, 2, all.Mentors},
		{"no pools", nil, 1, nil},
	}
	for _, tt := range tests {
		p := Programme{ID: "p", Pools: tt.pools}
		pool, ok := p.PoolFor(&Mutual{Wave: tt.wave})
		if ok != (tt.want != nil) || !slices.Equal(pool.Mentors, tt.want) {
			t.Errorf("%s: got %v (%v), want %v", tt.name, pool.Mentors, ok, tt.want)
		}
	}
}

func TestMembership(t *testing.T) {
	ds := NewDataset("t", []Programme{
		{ID: "pathfinders", Name: "pathfinders", Total: 22, Pools: []Pool{{Wave: 1, Mentors: []string{"KPMG"}}}},
		{ID: "mine", Name: "my register", Pools: []Pool{{Mentors: []string{"Example Mentors Ltd"}}}},
		{ID: "empty", Name: "nobody's"},
	}, []Mutual{
		{ID: "swindon", Programme: "pathfinders", Wave: 1},
		{ID: "leicester", Programme: "pathfinders", Wave: 2},
		{ID: "a", Programme: "mine"}, {ID: "b", Programme: "mine"}, {ID: "c", Programme: "mine"},
		{ID: "loose"},
	}, nil)
	if got, want := ds.Recorded(), "2 of 22 pathfinders · 3 my register · 1 in no programme"; got != want {
		t.Errorf("Recorded() = %q, want %q", got, want)
	}
	pools := map[string][]string{"swindon": {"KPMG"}, "leicester": nil, "a": {"Example Mentors Ltd"}, "loose": nil}
	for id, want := range pools {
		m, _ := ds.Find(id)
		pool, ok := ds.PoolOf(m)
		if ok != (want != nil) || !slices.Equal(pool.Mentors, want) {
			t.Errorf("%s is offered %v (%v), want %v", id, pool.Mentors, ok, want)
		}
	}
	ms := []*Mutual{&ds.Mutuals[0], &ds.Mutuals[1], &ds.Mutuals[2]}
	row := Compare(ms, []string{PoolField}, ds).Rows[0]
	if !slices.Equal(row.Values[0], []string{"KPMG"}) || len(row.Values[1]) != 0 || !slices.Equal(row.Values[2], []string{"Example Mentors Ltd"}) || row.Same {
		t.Errorf("each mutual in a comparison is offered its own programme's pool, got %+v", row)
	}
	if ds.Title() != "" {
		t.Errorf("a dataset of three programmes has no one title, got %q", ds.Title())
	}
}

func TestRecordedOneProgramme(t *testing.T) {
	ms := []Mutual{{ID: "a"}, {ID: "b"}}
	ds := NewDataset("t", nil, ms, nil).WithProgramme(Programme{ID: "p", Name: "Pathfinder mutuals", Total: 22})
	if got := ds.Recorded(); got != "2 of 22 mutuals" {
		t.Errorf("got %q", got)
	}
	if got := NewDataset("t", nil, ms[:1], nil).Recorded(); got != "1 mutual" {
		t.Errorf("got %q", got)
	}
}

func TestIDFromName(t *testing.T) {
	for name, want := range map[string]string{"Pathfinder mutuals": "pathfinder-mutuals", "  Kent's  own (2024) ": "kent-s-own-2024", "": "programme", "東京": "programme"} {
		if got := IDFromName(name); got != want {
			t.Errorf("IDFromName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestRecordedTotalsWhereSourcesDisagree: a programme whose sources give
// two totals is counted against both.
func TestRecordedTotalsWhereSourcesDisagree(t *testing.T) {
	readings := []Reading{{Field: "total", Value: "22", Sources: []string{"a"}}, {Field: "total", Value: "21", Sources: []string{"b"}}}
	ms := []Mutual{{ID: "a"}, {ID: "b"}}
	ds := NewDataset("t", nil, ms, nil).WithProgramme(Programme{ID: "p", Name: "pathfinders", Readings: readings})
	if got := ds.Recorded(); got != "2 of 21 or 22 mutuals" {
		t.Errorf("got %q", got)
	}
	ds = NewDataset("t", nil, append(ms, Mutual{ID: "c"}), nil).WithProgramme(Programme{ID: "p", Name: "pathfinders", Total: 22, Readings: readings[1:]})
	ds.Mutuals[2].Programme = ""
	ds = NewDataset("t", ds.Programmes, ds.Mutuals, nil)
	if got := ds.Recorded(); got != "2 of 21 or 22 pathfinders · 1 in no programme" {
		t.Errorf("got %q", got)
	}
}
