package model_test

import (
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestLifelineStartUnknown: a mutual a source says ran, with no launch
// dated, runs from an unknown start, never "not yet running"; the stated
// status's date counts as a dated fact.
func TestLifelineStartUnknown(t *testing.T) {
	tests := []struct {
		name      string
		m         model.Mutual
		unknown   bool
		runningBy string
		last      string
	}{
		{"a contract won with no launch (Leicester)", model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2024-10-21", "contract-won")}}, true, "2024-10-21", "2024-10-21"},
		{"a stated running status, dated", model.Mutual{Events: []model.Event{dated("2010-08", "announced")}, Stated: model.StatedStatus{Value: model.Running, Date: "2024", Sources: []string{"x"}}}, true, "2024", "2024"},
		{"a stated running status, undated", model.Mutual{Events: []model.Event{dated("2010-08", "announced")}, Stated: model.StatedStatus{Value: model.Running, Sources: []string{"x"}}}, true, "", "2010-08"},
		{"a launch dated", model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2011", "launched"), dated("2013", "contract-won")}}, false, "", "2013"},
		{"only announced", model.Mutual{Events: []model.Event{dated("2010-08", "announced")}}, false, "", "2010-08"},
		{"dropped", model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2011", "dropped")}}, false, "", "2011"},
		// an end says the mutual ran before it, not by when: Blackpool,
		// closed 2019-01-31, read "start not dated; running by 2019-01-31"
		{"a stated end, no launch", model.Mutual{Events: []model.Event{dated("2011-02-02", "announced"), dated("2019-01-31", "closed")}, Stated: model.StatedStatus{Value: model.Ended, Date: "2019-01-31", Sources: []string{"x"}}}, true, "", "2019-01-31"},
	}
	for _, tt := range tests {
		l := model.NewLifeline(&tt.m)
		if l.StartUnknown != tt.unknown || l.RunningBy.String() != tt.runningBy || l.LastKnown.String() != tt.last {
			t.Errorf("%s: start unknown %v, running by %q, last known %q; want %v, %q, %q", tt.name, l.StartUnknown, l.RunningBy, l.LastKnown, tt.unknown, tt.runningBy, tt.last)
		}
	}
	dropped := model.NewLifeline(&model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2011", "dropped")}})
	if !dropped.EndKnown() || dropped.EndKind != "dropped" || dropped.Status.Value != model.Dropped {
		t.Errorf("a dropped mutual's lifeline ends where it was dropped: %+v", dropped)
	}
}

func dated(date, kind string) model.Event {
	return model.Event{Date: date, Kind: kind, Text: kind, Sources: []string{"s"}}
}

// TestLifelineStartUnknownFollowsTheFacts: an undated start is drawn no
// earlier than the last fact that says planned; the first date a mutual
// ran is the earliest any cited fact gives, a stated status included; a
// launch known only to its year starts after a more precise planned fact
// of that year.
func TestLifelineStartUnknownFollowsTheFacts(t *testing.T) {
	leicester := []model.Event{dated("2009", "other"), dated("2010-08", "announced"), dated("2014-11-06", "other"), dated("2024-10-21", "contract-won")}
	tests := []struct {
		name                            string
		m                               model.Mutual
		startFrom, runningBy, plannedTo string // StartUnknownFrom, RunningBy, PlannedTo
	}{
		{"undated start begins at the announcement (Leicester)", model.Mutual{Events: leicester}, "2010-08", "2024-10-21", "2010-08"},
		{"a stated running earlier than the events dates it (Leicester)",
			model.Mutual{Events: leicester, Stated: model.StatedStatus{Value: model.Running, Date: "2014-11-06", Sources: []string{"cqc"}}},
			"2010-08", "2014-11-06", "2010-08"},
		{"a stated running later than a contract won leaves the contract's date",
			model.Mutual{Events: leicester, Stated: model.StatedStatus{Value: model.Running, Date: "2025", Sources: []string{"x"}}},
			"2010-08", "2024-10-21", "2010-08"},
		{"a stated planned status later than the announcement",
			model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2024", "contract-won")}, Stated: model.StatedStatus{Value: model.Planned, Date: "2011-12-12", Sources: []string{"x"}}},
			"2011-12-12", "2024", "2011-12-12"},
		{"no planned fact: from the first fact", model.Mutual{Events: []model.Event{dated("2009", "other"), dated("2013", "contract-won")}}, "2009", "2013", ""},
		{"a year-only launch after a precise announcement of its year (Swindon)",
			model.Mutual{Events: []model.Event{dated("2011-02-02", "announced"), dated("2011", "launched")}}, "", "", "2011-02-02"},
		{"a year-only launch in a later year than the announcement",
			model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2011", "launched")}}, "", "", "2011"},
		{"a precise launch after the announcement", model.Mutual{Events: []model.Event{dated("2011-02-02", "announced"), dated("2011-04", "launched")}}, "", "", "2011-04"},
	}
	for _, tt := range tests {
		l := model.NewLifeline(&tt.m)
		got := []string{l.StartUnknownFrom.String(), l.RunningBy.String(), l.PlannedTo.String()}
		want := []string{tt.startFrom, tt.runningBy, tt.plannedTo}
		if got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
			t.Errorf("%s: start unknown from, running by, planned to = %q; want %q", tt.name, got, want)
		}
	}
}
