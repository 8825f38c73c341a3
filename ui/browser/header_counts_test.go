package browser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
)

// TestHeaderKeepsShownAndMarked: on a narrow screen the header's shown and
// marked counts win over the programmes' names: those shorten first (to
// the total, then away), and "N marked" is never cut. At 60 columns with
// a register beside the built-ins it read "16 of 22 Pathfinder mutuals ·
// 4 My register · 5 shown · 3 m…".
func TestHeaderKeepsShownAndMarked(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "register.toml"), data.Starter(), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadWithBuiltin(t.Context(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	for _, w := range []int{40, 50, 60, 80, 120} {
		b.Update(tea.WindowSizeMsg{Width: w, Height: 20})
		press(b, "g", "space", "j", "space", "j", "space")
		header := strings.Split(frame(b), "\n")[0]
		if !strings.Contains(header, "3 marked") || !strings.Contains(header, "shown") {
			t.Errorf("at %d columns the header lost its counts: %q", w, header)
		}
		press(b, "u")
	}
}
