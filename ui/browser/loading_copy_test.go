package browser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
)

// TestStreamedCopyIsOne: a load streams a record and, in a later file,
// its unchanged copy; the loaded dataset holds it once (and gives each
// file's one programme to its mutuals at the file's end). The browser
// shows the loaded dataset, never a position past it, and its index is
// the one a fresh load builds.
func TestStreamedCopyIsOne(t *testing.T) {
	dir := t.TempDir()
	builtin, _ := data.Embedded()
	swindon, _ := builtin.Find("swindon")
	for name, text := range map[string]string{"a.toml": string(data.Starter()), "b.toml": mustTOML(t, builtin, swindon)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	load := func(report func(data.Progress)) (*model.Dataset, error) {
		return data.LoadWithBuiltin(t.Context(), []string{dir}, report)
	}
	b := NewBrowser(model.NewDataset("dir", nil, nil, nil), BrowserOptions{IsDark: true, Load: load})
	b.Init()
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(b, "G") // the cursor on the last row streamed: the copy
	for msg := range b.loads {
		b.Update(msg)
		frame(b) // never a position past the data
	}
	if n := len(b.ds.Mutuals); n != len(builtin.Mutuals)+1 {
		t.Fatalf("%d mutuals loaded, want the pathfinders and the example", n)
	}
	f := frame(b)
	if !strings.Contains(f, "18 shown") || !strings.Contains(f, "1 My register") {
		t.Errorf("the header does not count the loaded data:\n%s", f)
	}
	if got := b.ix.Search(model.ParseQuery("programme:my-register")); len(got) != 1 {
		t.Errorf("programme:my-register finds %d in the streamed index, want the example mutual", len(got))
	}
}

func mustTOML(t *testing.T, ds *model.Dataset, m *model.Mutual) string {
	t.Helper()
	var b strings.Builder
	if err := format.NewOutput(&b, true, 80, format.TOML).PrintRecord(ds, m); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
