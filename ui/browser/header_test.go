package browser

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
)

// TestHeaderNamesTheProgramme: the header names the [programme] when the
// data has one, and the files otherwise.
func TestHeaderNamesTheProgramme(t *testing.T) {
	starter, err := loadtest.Load(t, "register.toml", data.Starter())
	if err != nil {
		t.Fatal(err)
	}
	bare, err := loadtest.Load(t, "bare.toml", datatest.Synthetic(3, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		ds   *model.Dataset
		want string
	}{
		{starter, "mutuals · My register · register.toml"},
		{bare, "mutuals · bare.toml"},
	} {
		b := NewBrowser(c.ds, BrowserOptions{IsDark: true})
		b.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
		header := strings.Split(frame(b), "\n")[0]
		if !strings.HasPrefix(header, c.want) {
			t.Errorf("header %q, want it to begin %q", header, c.want)
		}
		b.Update(tea.WindowSizeMsg{Width: 60, Height: 30})
		if header := strings.Split(frame(b), "\n")[0]; strings.Contains(header, "register.toml") && c.ds == starter {
			t.Errorf("at 60 columns the files should give way first: %q", header)
		}
	}
}

// TestPlaceholderFromData: the empty search bar's example is a search
// that finds mutuals in the data loaded, and it begins with what to do.
func TestPlaceholderFromData(t *testing.T) {
	starter, err := loadtest.Load(t, "register.toml", data.Starter())
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := loadtest.Load(t, "s.toml", datatest.Synthetic(200, 3))
	if err != nil {
		t.Fatal(err)
	}
	empty := model.NewDataset("none.toml", nil, nil, nil)
	for _, ds := range []*model.Dataset{newTestBrowser(t, 80, 24).ds, starter, synthetic, empty} {
		b := NewBrowser(ds, BrowserOptions{IsDark: true})
		b.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
		bar := strings.Split(frame(b), "\n")[1]
		if !strings.HasPrefix(bar, "/ press / to search") {
			t.Errorf("%s: search bar %q does not say what to do first", ds.Name, bar)
		}
		if len(ds.Mutuals) == 0 {
			if strings.Contains(bar, "e.g.") {
				t.Errorf("%s: an example on no data: %q", ds.Name, bar)
			}
			continue
		}
		_, example, ok := strings.Cut(strings.TrimSpace(bar), "e.g. ")
		if !ok {
			t.Fatalf("%s: no example in %q", ds.Name, bar)
		}
		if n := len(model.NewIndex(ds).Search(model.ParseQuery(example))); n == 0 {
			t.Errorf("%s: the example %q finds nothing", ds.Name, example)
		}
		press(b, "/")
		if bar := strings.Split(frame(b), "\n")[1]; !strings.Contains(bar, "type to search, e.g. "+example) {
			t.Errorf("%s: searching, the bar says %q", ds.Name, bar)
		}
	}
}
