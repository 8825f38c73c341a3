package browser

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// streamedFiles writes a dataset whose mutuals are in a.toml and whose
// sources are in b.toml, read after them; extra goes at the end of b.toml.
func streamedFiles(t *testing.T, extra string) []string {
	t.Helper()
	dir := t.TempDir()
	var a strings.Builder
	for i := range 1500 {
		a.WriteString(strings.NewReplacer("ID", string(rune('a'+i%26))+strings.Repeat("x", i/26)).Replace(
			"[[mutual]]\nid = \"ID\"\nname = \"Mutual ID\"\nlocation = \"Leeds\"\nservice_area = [\"health\"]\nstaff_groups = [\"NHS\"]\nsummary = \"s\"\nsources = [\"cab\"]\n"))
	}
	b := "[[source]]\nid = \"cab\"\ntitle = \"Cabinet Office press release\"\n" + extra
	for name, text := range map[string]string{"a.toml": a.String(), "b.toml": b} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return []string{dir}
}

func watchedLoad(paths []string) LoadFunc {
	return func(report func(data.Progress)) (*model.Dataset, error) {
		return data.Load(context.Background(), paths, report)
	}
}

// TestStreamedIndexIsFresh: a streamed load whose sources come after the
// mutuals that cite them ends with the index a fresh load builds.
func TestStreamedIndexIsFresh(t *testing.T) {
	paths := streamedFiles(t, "")
	_, ch := startLoad(watchedLoad(paths), "dir")
	var done loadDone
	for msg := range ch {
		if d, ok := msg.(loadDone); ok {
			done = d
		}
	}
	if done.err != nil {
		t.Fatal(done.err)
	}
	fresh, err := data.Load(context.Background(), paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := model.NewIndex(fresh)
	for _, q := range []string{"cabinet", "source:cabinet", "source:press -leeds", "health", "mutual a"} {
		got, exp := done.ix.Search(model.ParseQuery(q)), want.Search(model.ParseQuery(q))
		if !slices.Equal(got, exp) {
			t.Errorf("%q: the streamed index finds %d, a fresh one %d", q, len(got), len(exp))
		}
	}
	if n := len(want.Search(model.ParseQuery("source:cabinet"))); n != 1500 {
		t.Errorf("a fresh index finds %d by source title", n)
	}
}

// TestNothingLeavesBeforeTheLoadIsChecked: while a load is running, p and y
// say they wait; when it then fails, the browser ends with the problems and
// no comparison.
func TestNothingLeavesBeforeTheLoadIsChecked(t *testing.T) {
	paths := streamedFiles(t, "colour = \"red\"\n")
	b := NewBrowser(model.NewDataset("dir", nil, nil, nil), BrowserOptions{IsDark: true, Load: watchedLoad(paths)})
	b.Init()
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	var last tea.Msg
	for msg := range b.loads { // every report but the last
		if _, ok := msg.(loadDone); ok {
			last = msg
			break
		}
		b.Update(msg)
	}
	if !b.loading || len(b.ds.Mutuals) == 0 {
		t.Fatalf("want a load in progress with records shown, got loading=%v, %d mutuals", b.loading, len(b.ds.Mutuals))
	}
	press(b, "space")
	press(b, "down")
	press(b, "space")
	press(b, "c")
	if cmd := press(b, "p"); cmd != nil || b.Result() != nil || !strings.Contains(footer(b), "once loading has finished") {
		t.Errorf("p while loading: cmd %v, result %v, footer %q", cmd != nil, b.Result(), footer(b))
	}
	if cmd := press(b, "y"); cmd != nil || !strings.Contains(footer(b), "once loading has finished") {
		t.Errorf("y while loading: cmd %v, footer %q", cmd != nil, footer(b))
	}
	b.Update(last)
	if b.Err() == nil || b.Result() != nil {
		t.Errorf("after the load fails: err %v, result %v", b.Err(), b.Result())
	}
}
