package model_test

import (
	"fmt"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want model.Date
		ok   bool
	}{
		{"2011", model.Date{Year: 2011}, true},
		{"2011-01", model.Date{Year: 2011, Month: 1}, true},
		{"2016-10-01", model.Date{Year: 2016, Month: 10, Day: 1}, true},
		{"2016-02-29", model.Date{Year: 2016, Month: 2, Day: 29}, true},
		{"2015-02-29", model.Date{}, false},
		{"2011-13", model.Date{}, false},
		{"2011-1", model.Date{}, false},
		{"11", model.Date{}, false},
		{"", model.Date{}, false},
		{"summer 2011", model.Date{}, false},
		{"2011-01-01-01", model.Date{}, false},
		{"0000", model.Date{}, false},
		{"2011-04-31", model.Date{}, false},
	}
	for _, tt := range tests {
		got, ok := model.ParseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && got.String() != tt.in {
			t.Errorf("ParseDate(%q).String() = %q: precision lost", tt.in, got.String())
		}
	}
}

func TestDateBefore(t *testing.T) {
	d := func(s string) model.Date { v, _ := model.ParseDate(s); return v }
	tests := []struct {
		a, b string
		want bool
	}{
		{"2010", "2011-01", true},
		{"2020", "2020-04", true}, // a period sorts at its start, the less precise first
		{"2020-04", "2020", false},
		{"2020", "2020-09", true},
		{"2020", "2020-01-01", true},
		{"2016-02", "2016-10-01", true},
		{"2016-10", "2016-10-20", true},
		{"2016-10-20", "2016-10", false},
		{"2011", "2011", false},
		{"2011-12-31", "2012", true},
	}
	for _, tt := range tests {
		if got := d(tt.a).Before(d(tt.b)); got != tt.want {
			t.Errorf("%s before %s = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestLifelinesOfThePathfinders holds the embedded pathfinders to what their
// sources say: what each row of the timeline will show.
func TestLifelinesOfThePathfinders(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id                                          string
		announced, launched, ended, kind, lastKnown string
	}{
		{"awarding-body", "2010-08", "", "", "", "2010-08"}, // the 157 Group's renaming is context, not its event
		{"learning-disability", "2010-08", "", "", "", "2011-03-02"},
		{"hammersmith-fulham", "2010-08", "2013-04-24", "", "", "2014"},  // the Cabinet Office report of about 2014
		{"north-east-essex", "2010-08", "2011-01", "", "", "2021-03-01"}, // a transfer reported as due in July 2021, not as done
		{"leicester", "2010-08", "", "", "", "2024-10-21"},
		{"newton-rigg", "2010-08", "", "2011-08", "dropped", "2021-07"},        // dropped when the college passed to Askham Bryan
		{"kensington-chelsea", "2010-08", "2014", "2020-04", "closed", "2020"}, // services stopped at the end of April 2020; the wind-down past by June
		{"swindon", "2010-08", "2011", "2016-10-01", "transferred", "2016-10-01"},
		{"westminster", "2010-08", "", "", "", "2013-04-24"},
		{"blackpool", "2011-02-02", "", "2019-01-31", "closed", "2019-01-31"}, // due to move in April 2011, moved by its own account in April 2012: no launch dated
		{"stockport", "2011-02-02", "", "", "", "2011-02-02"},
		{"havering", "2011-02-02", "", "", "", "2011-12-12"}, // named in the second wave (the Guardian)
	}
	for _, tt := range tests {
		m, err := ds.Find(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		l := model.NewLifeline(m)
		got := []string{l.Announced.String(), l.Launched.String(), l.Ended.String(), l.EndKind, l.LastKnown.String()}
		want := []string{tt.announced, tt.launched, tt.ended, tt.kind, tt.lastKnown}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: got %q, want %q", tt.id, got, want)
				break
			}
		}
		if l.EndKnown() != (tt.ended != "") {
			t.Errorf("%s: EndKnown = %v", tt.id, l.EndKnown())
		}
		if l.Undated != 0 {
			t.Errorf("%s: %d events with a date that does not read", tt.id, l.Undated)
		}
	}
	all := make([]*model.Mutual, len(ds.Mutuals))
	for i := range ds.Mutuals {
		all[i] = &ds.Mutuals[i]
	}
	tl := model.NewTimeline(all)
	if tl.FirstYear != 2009 || tl.LastYear != 2024 || tl.Years() != 16 {
		t.Errorf("the pathfinders span %d..%d (%d years), want 2009..2024", tl.FirstYear, tl.LastYear, tl.Years())
	}
}

func TestLifelineEdges(t *testing.T) {
	ev := func(date, kind string) model.Event { return model.Event{Date: date, Kind: kind} }
	tests := []struct {
		name                                        string
		events                                      []model.Event
		announced, launched, ended, kind, lastKnown string
		undated                                     int
	}{
		{"no events", nil, "", "", "", "", "", 0},
		{"only undated", []model.Event{ev("", "launched"), ev("soon", "closed")}, "", "", "", "", "", 2},
		{"a bad date is left out", []model.Event{ev("2011", "launched"), ev("2012-13", "closed")}, "", "2011", "", "", "2011", 1},
		{"out of order", []model.Event{ev("2016-10-01", "transferred"), ev("2011", "launched"), ev("2010-08", "announced")},
			"2010-08", "2011", "2016-10-01", "transferred", "2016-10-01", 0},
		{"contract lost is not an end", []model.Event{ev("2011", "launched"), ev("2020", "contract-lost")}, "", "2011", "", "", "2020", 0},
		{"first end after the launch counts", []model.Event{ev("2010", "transferred"), ev("2011", "launched"), ev("2015", "closed"), ev("2019", "wound-up")},
			"", "2011", "2015", "closed", "2019", 0},
		{"ended without launching", []model.Event{ev("2010-08", "announced"), ev("2011-08", "transferred")}, "2010-08", "", "2011-08", "transferred", "2011-08", 0},
		{"one year only", []model.Event{ev("2012-03", "announced"), ev("2012-06", "launched"), ev("2012-11-30", "wound-up")},
			"2012-03", "2012-06", "2012-11-30", "wound-up", "2012-11-30", 0},
		{"second announcement ignored", []model.Event{ev("2010", "announced"), ev("2012", "announced")}, "2010", "", "", "", "2012", 0},
	}
	for _, tt := range tests {
		l := model.NewLifeline(&model.Mutual{ID: "x", Events: tt.events})
		got := []string{l.Announced.String(), l.Launched.String(), l.Ended.String(), l.EndKind, l.LastKnown.String()}
		want := []string{tt.announced, tt.launched, tt.ended, tt.kind, tt.lastKnown}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: got %q, want %q", tt.name, got, want)
				break
			}
		}
		if l.Undated != tt.undated {
			t.Errorf("%s: Undated = %d, want %d", tt.name, l.Undated, tt.undated)
		}
		for i := 1; i < len(l.Events); i++ {
			if l.Events[i].Date.Before(l.Events[i-1].Date) {
				t.Errorf("%s: events not in time order", tt.name)
			}
		}
	}
}

func TestTimelineSpan(t *testing.T) {
	m := func(dates ...string) *model.Mutual {
		var es []model.Event
		for _, d := range dates {
			es = append(es, model.Event{Date: d, Kind: "other"})
		}
		return &model.Mutual{Events: es}
	}
	tests := []struct {
		name        string
		ms          []*model.Mutual
		first, last int
	}{
		{"none", nil, 0, 0},
		{"no dated events", []*model.Mutual{m(), m("x")}, 0, 0},
		{"one year", []*model.Mutual{m("2012-03", "2012")}, 2012, 2012},
		{"across mutuals", []*model.Mutual{m("2015"), m("2009", "2011"), m()}, 2009, 2015},
	}
	for _, tt := range tests {
		tl := model.NewTimeline(tt.ms)
		if tl.FirstYear != tt.first || tl.LastYear != tt.last || len(tl.Lines) != len(tt.ms) {
			t.Errorf("%s: %d..%d with %d lines, want %d..%d with %d", tt.name, tl.FirstYear, tl.LastYear, len(tl.Lines), tt.first, tt.last, len(tt.ms))
		}
	}
}

func BenchmarkTimeline(b *testing.B) {
	for _, n := range []int{12, 100000} {
		ds, err := loadtest.Load(b, "bench.toml", datatest.Synthetic(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		ms := make([]*model.Mutual, len(ds.Mutuals))
		for i := range ds.Mutuals {
			ms[i] = &ds.Mutuals[i]
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				model.NewTimeline(ms)
			}
		})
	}
}
