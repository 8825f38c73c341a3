package render

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoBubbleTea holds the promise that the screen and stdout share one
// renderer: render draws text and nothing else, so it must not depend on
// the Bubble Tea program (or Bubbles) at all, nor format on the browser.
func TestNoBubbleTea(t *testing.T) {
	for pkg, banned := range map[string][]string{
		"github.com/mutuals/mutuals/ui/render": {"charm.land/bubbletea", "charm.land/bubbles", "github.com/mutuals/mutuals/ui/"},
		"github.com/mutuals/mutuals/ui/format": {"charm.land/bubbletea", "charm.land/bubbles", "github.com/mutuals/mutuals/ui/browser", "github.com/mutuals/mutuals/ui/cli"},
		"github.com/mutuals/mutuals/model":     {"charm.land/", "github.com/charmbracelet/", "github.com/mutuals/mutuals/ui", "github.com/mutuals/mutuals/data"},
	} {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range banned {
				if strings.HasPrefix(dep, b) && dep != pkg {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
