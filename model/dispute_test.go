package model_test

import (
	"encoding/json"
	"testing"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// TestLifelineDisputedDates: where the event readings put a launch or an
// end in another year than the record's event, the lifeline carries the
// span the sources leave open; readings that name no other year, or name
// years of other events only, dispute nothing.
func TestLifelineDisputedDates(t *testing.T) {
	rd := func(v string) model.Reading { return model.Reading{Field: "event", Value: v, Sources: []string{"s"}} }
	tests := []struct {
		name       string
		events     []model.Event
		readings   []model.Reading
		start, end string // "from..to", "" when not disputed
	}{
		{"a launch put a year later by another source (Blackpool)",
			[]model.Event{dated("2011-02-02", "announced"), dated("2011-04-01", "launched"), dated("2019-01-31", "closed")},
			[]model.Reading{rd("due to leave the trust on 1 April 2011"), rd("formed in 2012")}, "2011-04-01..2012", ""},
		{"a launch put a year earlier (Kensington and Chelsea)",
			[]model.Event{dated("2010-08", "announced"), dated("2014", "launched"), dated("2020-06-16", "wound-up")},
			[]model.Reading{rd("spun out in 2014"), rd("created in 2013, a year before Knowsley's (2014)")}, "2013..2014", ""},
		{"a drop put a year earlier (Newton Rigg)",
			[]model.Event{dated("2010-08", "announced"), dated("2011-08", "dropped")},
			[]model.Reading{rd("passed to Askham Bryan in August 2011"), rd("moved to Askham Bryan in 2010")}, "", "2010..2011-08"},
		{"readings that agree on the year", []model.Event{dated("2011", "launched")},
			[]model.Reading{rd("in 2011"), rd("in spring 2011")}, "", ""},
		{"readings on another event's years", []model.Event{dated("2011", "launched"), dated("2016", "closed")},
			[]model.Reading{rd("named in 2008"), rd("named in 2009")}, "", ""},
		{"readings on another field", []model.Event{dated("2011", "launched")},
			[]model.Reading{{Field: "legal_form", Value: "2012"}, rd("in 2011")}, "", ""},
		{"no readings", []model.Event{dated("2011", "launched")}, nil, "", ""},
	}
	for _, tt := range tests {
		l := model.NewLifeline(&model.Mutual{Events: tt.events, Readings: tt.readings})
		if got := l.StartDisputed.String(); got != tt.start {
			t.Errorf("%s: start disputed %q, want %q", tt.name, got, tt.start)
		}
		if got := l.EndDisputed.String(); got != tt.end {
			t.Errorf("%s: end disputed %q, want %q", tt.name, got, tt.end)
		}
	}
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"kensington-chelsea"} {
		for i := range ds.Mutuals {
			if m := &ds.Mutuals[i]; m.ID == id && model.NewLifeline(m).StartDisputed.IsZero() {
				t.Errorf("%s: its launch, which readings dispute, is drawn firm", id)
			}
		}
	}
	// Blackpool's move is dated by no source that reports it done (a plan for
	// April 2011, its own account of April 2012): a start no source dates.
	if m, err := ds.Find("blackpool"); err != nil || !model.NewLifeline(m).StartUnknown {
		t.Errorf("blackpool: its start, which no source dates, is drawn as dated (%v)", err)
	}
}

func TestSpanJSONRoundTrip(t *testing.T) {
	for _, s := range []model.Span{{}, {From: model.Date{Year: 2010}, To: model.Date{Year: 2011, Month: 8}}} {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back model.Span
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("%s: %s read back as %v (%v)", s, b, back, err)
		}
	}
}
