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
