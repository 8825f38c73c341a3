package format

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestTimelineFormatsCarryDisputedDates: a launch or an end whose date the
// readings dispute says so in every format of the timeline, as the chart
// draws it.
func TestTimelineFormatsCarryDisputedDates(t *testing.T) {
	rd := func(v string) model.Reading { return model.Reading{Field: "event", Value: v, Sources: []string{"s"}} }
	m := &model.Mutual{ID: "b", Name: "B", Events: []model.Event{
		{Date: "2011-02-02", Kind: "announced"}, {Date: "2011-04-01", Kind: "launched"}, {Date: "2019-01-31", Kind: "closed"}},
		Readings: []model.Reading{rd("due to leave on 1 April 2011"), rd("formed in 2012")}}
	n := &model.Mutual{ID: "n", Name: "N", Events: []model.Event{{Date: "2010-08", Kind: "announced"}, {Date: "2011-08", Kind: "dropped"}},
		Readings: []model.Reading{rd("in August 2011"), rd("in 2010")}}
	tl := model.NewTimeline([]*model.Mutual{m, n})
	md := strings.Join(TimelineMarkdown(tl), "\n")
	for _, want := range []string{"2011-04-01 (sources differ: 2011-04-01 to 2012)", "2011-08 (dropped), or 2010"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	csv := timelineCSV(tl)
	if h := csv[0]; h[len(h)-2] != "start_disputed" || h[len(h)-1] != "end_disputed" ||
		csv[1][len(h)-2] != "2011-04-01..2012" || csv[2][len(h)-1] != "2010..2011-08" {
		t.Errorf("CSV: %q", csv)
	}
	b, err := json.Marshal(timelineJSON(tl))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"start_disputed":{"from":"2011-04-01","to":"2012"}`, `"end_disputed":{"from":"2010","to":"2011-08"}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}
}
