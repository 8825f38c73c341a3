package browser

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// Every source a record cites (its own, its events', its readings') is
// listed under Sources in every format, with its note, so no citation
// points at a source the reader cannot look up.
func TestEveryCitedSourceListed(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for i := range ds.Mutuals {
		m := &ds.Mutuals[i]
		var cited []string
		cited = append(cited, m.Sources...)
		for _, e := range m.Events {
			cited = append(cited, e.Sources...)
		}
		for _, r := range m.Readings {
			cited = append(cited, r.Sources...)
		}
		for _, f := range []format.Format{format.Text, format.Markdown, format.JSON} {
			var buf bytes.Buffer
			if err := format.NewOutput(&buf, true, 1000, f).PrintRecord(ds, m); err != nil {
				t.Fatal(err)
			}
			listed := buf.String()
			if f != format.JSON {
				_, listed, _ = strings.Cut(listed, "Sources")
			} else {
				var doc struct{ Sources []model.Source }
				if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
					t.Fatal(err)
				}
				b, _ := json.Marshal(doc.Sources)
				listed = string(b)
			}
			for _, id := range cited {
				s, _ := ds.Source(id)
				if !strings.Contains(listed, "["+id+"]") && !strings.Contains(listed, `"id":"`+id+`"`) {
					t.Errorf("%s %s: %s is cited but not listed under Sources", m.ID, f, id)
				}
				note := model.Printable(s.Note)
				if f == format.Markdown {
					note = format.MarkdownCell(s.Note) // escaped, so that a reader's renderer shows it as text
				}
				if f != format.JSON && note != "" && !strings.Contains(strings.Join(strings.Fields(listed), " "), note) {
					t.Errorf("%s %s: the note of %s is not shown", m.ID, f, id)
				}
			}
		}
	}
}

// The ? screen names every field a query may use, from the model's table.
func TestHelpScreenNamesEveryField(t *testing.T) {
	b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{})
	help := strings.Join(strings.Fields(strings.Join(newHelpScreen(b.common, b.keyGroups()).lines(), " ")), " ")
	for _, f := range model.Fields {
		if !strings.Contains(help, f.Naming()) {
			t.Errorf("the ? screen does not name %s", f.Naming())
		}
	}
}
