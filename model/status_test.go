package model

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func ev(date, kind string) Event {
	return Event{Date: date, Kind: kind, Text: kind, Sources: []string{"s-" + date}}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		name     string
		events   []Event
		stated   StatedStatus
		want     string // Status().String()
		isStated bool
	}{
		{"no events, nothing stated", nil, StatedStatus{}, "unknown", false},
		{"announced", []Event{ev("2010-08", "announced")}, StatedStatus{}, "planned as of 2010-08", false},
		{"launched after the announcement", []Event{ev("2010-08", "announced"), ev("2011-04", "launched")}, StatedStatus{}, "running as of 2011-04", false},
		{"a contract won runs it", []Event{ev("2010-08", "announced"), ev("2013", "contract-won")}, StatedStatus{}, "running as of 2013", false},
		{"a lost contract says nothing", []Event{ev("2011", "launched"), ev("2015", "contract-lost")}, StatedStatus{}, "running as of 2011", false},
		{"wound up", []Event{ev("2011", "launched"), ev("2016-01", "wound-up")}, StatedStatus{}, "ended (wound up) as of 2016-01", false},
		{"services transferred away", []Event{ev("2011", "launched"), ev("2017", "transferred")}, StatedStatus{}, "ended (transferred) as of 2017", false},
		{"dropped", []Event{ev("2010-08", "announced"), ev("2011-12", "dropped")}, StatedStatus{}, "dropped as of 2011-12", false},
		{"events out of order are read by date", []Event{ev("2016", "closed"), ev("2010", "announced")}, StatedStatus{}, "ended (closed) as of 2016", false},
		{"undated events say nothing", []Event{{Date: "soon", Kind: "closed"}}, StatedStatus{}, "unknown", false},
		{"stated running beside an announcement (Leicester)", []Event{ev("2010-08", "announced")},
			StatedStatus{Value: Running, Date: "2024", Sources: []string{"d3"}}, "running as of 2024", true},
		{"stated without a date, a later stage than the events", []Event{ev("2010-08", "announced")},
			StatedStatus{Value: Running, Sources: []string{"x"}}, "running", true},
		{"stated without a date, an earlier stage than the events", []Event{ev("2015", "wound-up")},
			StatedStatus{Value: Running, Sources: []string{"x"}}, "ended (wound up) as of 2015", false},
		{"stated with no events", nil, StatedStatus{Value: Ended, Sources: []string{"x"}}, "ended", true},
		{"events later than the stated date win", []Event{ev("2018", "closed")},
			StatedStatus{Value: Running, Date: "2014", Sources: []string{"x"}}, "ended (closed) as of 2018", false},
		{"stated unknown leaves the events' status", []Event{ev("2011", "launched")},
			StatedStatus{Value: Unknown, Sources: []string{"x"}}, "running as of 2011", false},
		{"stated unknown later than the events wins (North East Essex)", []Event{ev("2011", "launched"), ev("2015", "contract-won")},
			StatedStatus{Value: Unknown, Date: "2021-03-01", Sources: []string{"x"}}, "unknown as of 2021-03-01", true},
		{"stated unknown earlier than the events leaves them", []Event{ev("2011", "launched"), ev("2015", "contract-won")},
			StatedStatus{Value: Unknown, Date: "2013", Sources: []string{"x"}}, "running as of 2015", false},
	}
	for _, tt := range tests {
		m := Mutual{Events: tt.events, Stated: tt.stated}
		st := m.Status()
		if st.String() != tt.want || st.Stated != tt.isStated {
			t.Errorf("%s: got %q (stated %v), want %q (stated %v)", tt.name, st.String(), st.Stated, tt.want, tt.isStated)
		}
		if !KnownStatus(st.Value) {
			t.Errorf("%s: %q is not in the vocabulary", tt.name, st.Value)
		}
	}
}

func TestStatusCarriesItsSources(t *testing.T) {
	m := Mutual{Events: []Event{ev("2010", "announced"), ev("2016", "wound-up")}}
	if got := m.Status().Sources; !slices.Equal(got, []string{"s-2016"}) {
		t.Errorf("the status should cite the event that set it, got %v", got)
	}
	m.Stated = StatedStatus{Value: Running, Date: "2024", Sources: []string{"d3"}, Note: "held a contract"}
	m.Events = m.Events[:1]
	if st := m.Status(); !slices.Equal(st.Sources, []string{"d3"}) || st.Note != "held a contract" {
		t.Errorf("a stated status should cite its sources and keep its note, got %+v", st)
	}
}

func TestStatusContradiction(t *testing.T) {
	tests := []struct {
		name   string
		events []Event
		stated StatedStatus
		wrong  bool
	}{
		{"ended, then a later launch with no end", []Event{ev("2016", "launched")}, StatedStatus{Value: Ended, Date: "2015"}, true},
		{"running after a wind-up", []Event{ev("2015", "wound-up")}, StatedStatus{Value: Running, Date: "2020"}, true},
		{"running before a wind-up", []Event{ev("2015", "wound-up")}, StatedStatus{Value: Running, Date: "2012"}, false},
		{"running after an announcement", []Event{ev("2010", "announced")}, StatedStatus{Value: Running, Date: "2024"}, false},
		{"the same as the events", []Event{ev("2011", "launched")}, StatedStatus{Value: Running, Date: "2024"}, false},
		{"no date: nothing to contradict", []Event{ev("2016", "launched")}, StatedStatus{Value: Ended}, false},
		{"nothing stated", []Event{ev("2016", "launched")}, StatedStatus{}, false},
	}
	for _, tt := range tests {
		m := Mutual{Events: tt.events, Stated: tt.stated}
		if got := m.StatusContradiction() != ""; got != tt.wrong {
			t.Errorf("%s: contradiction %v (%q), want %v", tt.name, got, m.StatusContradiction(), tt.wrong)
		}
	}
}

// TestStatusProperties: for random lives, the status is in the vocabulary;
// its date is that of a dated event or the stated date; an end says how;
// with nothing stated it is the status of the latest event that sets one;
// and a stated status no event contradicts is never overruled by an
// earlier event.
func TestStatusProperties(t *testing.T) {
	kinds := append(slices.Clone(EventKinds), "not-a-kind")
	dates := []string{"2010", "2010-08", "2011-04-01", "2013", "2016-01", "2020", "someday"}
	r := rand.New(rand.NewPCG(1, 19))
	for i := range 2000 {
		var m Mutual
		for range r.IntN(5) {
			m.Events = append(m.Events, ev(dates[r.IntN(len(dates))], kinds[r.IntN(len(kinds))]))
		}
		if r.IntN(2) == 0 {
			m.Stated = StatedStatus{Value: Statuses[r.IntN(len(Statuses))], Date: []string{"", "2012", "2024"}[r.IntN(3)], Sources: []string{"x"}}
		}
		st := m.Status()
		if !KnownStatus(st.Value) {
			t.Fatalf("%d: status %q out of the vocabulary", i, st.Value)
		}
		if (st.Value == Ended) != (st.How != "") && !st.Stated {
			t.Fatalf("%d: %+v: an end from events says how, and only an end", i, st)
		}
		if st.AsOf != "" && !st.Stated && !slices.ContainsFunc(m.Events, func(e Event) bool { return e.Date == st.AsOf }) {
			t.Fatalf("%d: as of %s, which no event gives", i, st.AsOf)
		}
		if st.Stated && st.Value != m.Stated.Value {
			t.Fatalf("%d: stated %q, shown %q", i, m.Stated.Value, st.Value)
		}
		ev := m.FromEvents()
		if m.Stated.Value == "" && st.Value != ev.Value {
			t.Fatalf("%d: nothing stated, yet %q beside the events' %q", i, st.Value, ev.Value)
		}
		if m.Stated.Value != "" && m.Stated.Value != Unknown && m.Stated.Date == "2024" && m.StatusContradiction() == "" && !st.Stated {
			t.Fatalf("%d: %+v: a stated status later than every event and not contradicted is overruled by %+v", i, m.Stated, st)
		}
	}
}

// TestStatusWordsAndValues: the status as text says the event kind in
// words ("wound up", as the timeline's legend does), while the data keeps
// the kind as files spell it ("wound-up") for scripts. Printed text read
// "ended (wound-up)" beside "ended (transferred)".
func TestStatusWordsAndValues(t *testing.T) {
	s := Status{Value: Ended, How: "wound-up", AsOf: "2015"}
	if got := s.String(); got != "ended (wound up) as of 2015" {
		t.Errorf("String() = %q, want the kind in words", got)
	}
	b, err := json.Marshal(s)
	if err != nil || !strings.Contains(string(b), `"how":"wound-up"`) {
		t.Errorf("JSON %s (%v): want the kind as the file spells it", b, err)
	}
}
