package browser

import (
	"testing"
)

// mutuals help keys lists what the ? screen lists, section by section and
// key by key, on any data.
func TestKeyHelpSectionsAreTheHelpScreens(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	got := KeyHelpSections()
	want := b.keyGroups()
	if len(got) != len(want) {
		t.Fatalf("%d sections, the ? screen has %d", len(got), len(want))
	}
	for i, g := range want {
		if got[i].Title != g.title || len(got[i].Keys) != len(g.keys) {
			t.Errorf("section %d: %q with %d keys, the ? screen has %q with %d", i, got[i].Title, len(got[i].Keys), g.title, len(g.keys))
			continue
		}
		for j, k := range g.keys {
			if h := k.Help(); got[i].Keys[j] != (KeyHelp{h.Key, h.Desc}) {
				t.Errorf("%s: %v, the ? screen has %v", g.title, got[i].Keys[j], h)
			}
		}
	}
}
