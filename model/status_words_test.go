package model

import (
	"strings"
	"testing"
)

// TestStatedStatusKeepsHowItEnded: a stated end takes how it ended from
// the latest end event it agrees with (North East Essex: ended as of
// 2021, its services transferred in 2021), and no status is worded with
// an event kind's id ("wound-up") where people read it.
func TestStatedStatusKeepsHowItEnded(t *testing.T) {
	tests := []struct {
		name   string
		events []Event
		stated StatedStatus
		want   string
	}{
		{"stated end, same date as the end event (NE Essex)", []Event{ev("2011-01", "launched"), ev("2020", "contract-lost"), ev("2021", "transferred")},
			StatedStatus{Value: Ended, Date: "2021", Sources: []string{"x"}}, "ended (transferred) as of 2021"},
		{"stated end later than the end event", []Event{ev("2011", "launched"), ev("2020-06-16", "wound-up")},
			StatedStatus{Value: Ended, Date: "2021", Sources: []string{"x"}}, "ended (wound up) as of 2021"},
		{"stated end, undated, takes the last end", []Event{ev("2011", "launched"), ev("2015", "closed"), ev("2019", "wound-up")},
			StatedStatus{Value: Ended, Sources: []string{"x"}}, "ended (wound up) as of 2019"},
		{"stated end before any end event says nothing of how", []Event{ev("2011", "launched"), ev("2019", "closed")},
			StatedStatus{Value: Ended, Date: "2015", Sources: []string{"x"}}, "ended (closed) as of 2019"},
		{"stated end with no end event", []Event{ev("2011", "launched")},
			StatedStatus{Value: Ended, Date: "2016", Sources: []string{"x"}}, "ended as of 2016"},
		{"from the events, in words", []Event{ev("2011", "launched"), ev("2016", "wound-up")}, StatedStatus{}, "ended (wound up) as of 2016"},
	}
	for _, tt := range tests {
		m := Mutual{Events: tt.events, Stated: tt.stated}
		if got := m.Status().String(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, k := range EventKinds {
		m := Mutual{Events: []Event{ev("2011", "launched"), ev("2016", k)}}
		if s := m.Status().String(); strings.Contains(s, "-") && !strings.Contains(s, " as of ") {
			t.Errorf("%s: %q words a kind with its id", k, s)
		} else if strings.Contains(strings.Split(s, " as of ")[0], "-") {
			t.Errorf("%s: %q words a kind with its id", k, s)
		}
	}
}
