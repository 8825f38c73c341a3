package model_test

import (
	"slices"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// TestLifelineOrderByPrecision: a date of lower precision sorts at the
// start of its period, before the more precise dates in it, except an end,
// which sorts after them: the end of a lifeline never comes before an event
// of its period unless the dates say so. The last known fact is the one
// whose period ends latest.
func TestLifelineOrderByPrecision(t *testing.T) {
	tests := []struct {
		name  string
		evs   []model.Event
		order []string // the events' dates and kinds, as sorted
		last  string
	}{
		{"a wind-up announced in 2020, wound up 2020-06-16 (Kensington and Chelsea)",
			[]model.Event{dated("2014", "launched"), dated("2020-06-16", "wound-up"), dated("2020", "other")},
			[]string{"2014 launched", "2020 other", "2020-06-16 wound-up"}, "2020"},
		{"an end known to the year, after a dated event of that year",
			[]model.Event{dated("2011", "launched"), dated("2021", "transferred"), dated("2021-03", "other")},
			[]string{"2011 launched", "2021-03 other", "2021 transferred"}, "2021"},
		{"an end known to the month, after a day in it",
			[]model.Event{dated("2011", "launched"), dated("2019-01", "closed"), dated("2019-01-20", "other")},
			[]string{"2011 launched", "2019-01-20 other", "2019-01 closed"}, "2019-01"},
		{"an undated year after a precise date of that year is the last known (Hammersmith and Fulham)",
			[]model.Event{dated("2013-04-24", "launched"), dated("2014-01-16", "other"), dated("2014", "other")},
			[]string{"2013-04-24 launched", "2014 other", "2014-01-16 other"}, "2014"},
		{"a year-only launch before a dated event of its year",
			[]model.Event{dated("2011-02-02", "other"), dated("2011", "launched")},
			[]string{"2011 launched", "2011-02-02 other"}, "2011"},
		{"a precise end in a later year stays last",
			[]model.Event{dated("2015", "other"), dated("2016-10-01", "transferred")},
			[]string{"2015 other", "2016-10-01 transferred"}, "2016-10-01"},
	}
	for _, tt := range tests {
		l := model.NewLifeline(&model.Mutual{Events: tt.evs})
		var got []string
		for _, e := range l.Events {
			got = append(got, e.Date.String()+" "+e.Kind)
		}
		if !slices.Equal(got, tt.order) || l.LastKnown.String() != tt.last {
			t.Errorf("%s:\n got %q, last known %s\nwant %q, last known %s", tt.name, got, l.LastKnown, tt.order, tt.last)
		}
	}
}

// TestLifelineEndsAfterItsEvents holds every pathfinder to the rule: no
// event of the end's period sorts after the end.
func TestLifelineEndsAfterItsEvents(t *testing.T) {
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	within := func(p, d model.Date) bool {
		return p.Year == d.Year && (p.Month == 0 || p.Month == d.Month && (p.Day == 0 || p.Day == d.Day))
	}
	for i := range ds.Mutuals {
		l := model.NewLifeline(&ds.Mutuals[i])
		end := slices.IndexFunc(l.Events, func(e model.DatedEvent) bool { return e.Date == l.Ended && e.Kind == l.EndKind })
		if end < 0 {
			continue
		}
		for _, e := range l.Events[end+1:] {
			if within(l.Ended, e.Date) {
				t.Errorf("%s: %s %s is drawn after its end %s", ds.Mutuals[i].ID, e.Date, e.Kind, l.Ended)
			}
		}
	}
}

// TestLifelinePlannedOnlyWhereAFactSaysSo: a lifeline is planned from its
// announcement up to the last fact that says so (a launch, an end or a drop
// it led to, or a status of planned as of a date), and no further: an
// event that says nothing of its status does not stretch it.
func TestLifelinePlannedOnlyWhereAFactSaysSo(t *testing.T) {
	tests := []struct {
		name    string
		m       model.Mutual
		planned string
	}{
		{"announced, then reports that say nothing of it (the learning disability team)",
			model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2010-08-19", "other"), dated("2011-03-02", "other")}}, "2010-08"},
		{"a stated status of planned as of a date (Westminster)",
			model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2011-12-12", "other"), dated("2013-04-24", "other")},
				Stated: model.StatedStatus{Value: model.Planned, Date: "2011-12-12", Sources: []string{"x"}}}, "2011-12-12"},
		{"a stated status of planned, undated",
			model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2013", "other")},
				Stated: model.StatedStatus{Value: model.Planned, Sources: []string{"x"}}}, "2010-08"},
		{"launched", model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2012", "other"), dated("2013-04-24", "launched")}}, "2013-04-24"},
		{"dropped", model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2011-08", "dropped"), dated("2021", "other")}}, "2011-08"},
		{"not announced", model.Mutual{Events: []model.Event{dated("2011", "other")}}, ""},
		{"running from an unknown start", model.Mutual{Events: []model.Event{dated("2010-08", "announced"), dated("2024", "contract-won")}}, "2010-08"},
	}
	for _, tt := range tests {
		if got := model.NewLifeline(&tt.m).PlannedTo.String(); got != tt.planned {
			t.Errorf("%s: planned to %q, want %q", tt.name, got, tt.planned)
		}
	}
}
