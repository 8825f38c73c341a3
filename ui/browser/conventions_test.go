package browser

import (
	"image/color"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/mutuals/mutuals/ui/internal/uitest"

	"github.com/mutuals/mutuals/model"

	"strings"
	"testing"
)

// TestQuitGoesBack: q and esc close every screen open over the list and
// keep the marks; q quits only from the list; ctrl+c quits from anywhere.
func TestQuitGoesBack(t *testing.T) {
	screens := []struct {
		name string
		keys []string
	}{
		{"help", []string{"?"}},
		{"compare", []string{"c"}},
		{"facets", []string{"f"}},
		{"timeline", []string{"t"}},
		{"sources", []string{"r"}},
		{"detail", []string{"enter"}}, // the narrow list opens it
	}
	for _, sc := range screens {
		for _, back := range []string{"q", "esc"} {
			t.Run(sc.name+"/"+back, func(t *testing.T) {
				b := newTestBrowser(t, 70, 20)
				press(b, "space", "j", "space")
				press(b, sc.keys...)
				if onScreen(b) != sc.name {
					t.Fatalf("%v opened %s, want %s", sc.keys, onScreen(b), sc.name)
				}
				if isQuit(press(b, back)) || onScreen(b) != "list" {
					t.Fatalf("%s on %s: now on %s, want back on the list", back, sc.name, onScreen(b))
				}
				if markedCount(b) != 2 {
					t.Errorf("the marks were lost: %d marked", markedCount(b))
				}
				if !strings.Contains(footer(b), "q quit") {
					t.Errorf("the list's footer does not say q quits: %q", footer(b))
				}
				if !isQuit(press(b, "q")) {
					t.Error("q on the list should quit")
				}
			})
		}
		t.Run(sc.name+"/ctrl+c", func(t *testing.T) {
			b := newTestBrowser(t, 70, 20)
			press(b, "space", "j", "space")
			press(b, sc.keys...)
			if !strings.Contains(footer(b), "q/esc back") {
				t.Errorf("the %s footer does not say q/esc go back: %q", sc.name, footer(b))
			}
			if !isQuit(press(b, "ctrl+c")) {
				t.Errorf("ctrl+c on %s should quit", sc.name)
			}
		})
	}
}

// TestHelpInColumns: the ? screen sets its sections side by side as the
// width allows, lists each binding once, and names every query field.
func TestHelpInColumns(t *testing.T) {
	for _, size := range [][2]int{{160, 50}, {120, 40}, {70, 20}, {40, 10}} {
		b := newTestBrowser(t, size[0], size[1])
		press(b, "?")
		h := b.top().(*helpScreen)
		text := ansi.Strip(strings.Join(h.lines(), "\n"))
		if size[0] >= 120 && len(h.lines()) > size[1]-3 {
			t.Errorf("at %dx%d the help takes %d lines: it should fit in columns:\n%s", size[0], size[1], len(h.lines()), text)
		}
		for _, l := range h.lines() {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("at %dx%d a help line is %d wide: %q", size[0], size[1], w, ansi.Strip(l))
			}
		}
	}
	// In one column a wrapped description continues on the next line.
	one := newTestBrowser(t, 40, 30)
	press(one, "?")
	words := strings.Join(strings.Fields(ansi.Strip(strings.Join(one.top().(*helpScreen).lines(), " "))), " ")
	for _, want := range []string{"On the timeline screen", "shift+tab", "narrow screens", "wide screens", "Query language"} {
		if !strings.Contains(words, want) {
			t.Errorf("the help lacks %q", want)
		}
	}
	for _, f := range model.QueryFieldNames() {
		if !strings.Contains(words, f) {
			t.Errorf("the help does not name the query field %q", f)
		}
	}
	b := newTestBrowser(t, 120, 40)
	seen := map[string]string{}
	for _, g := range b.keyGroups() {
		keys := map[string]bool{}
		for _, k := range g.keys {
			h := k.Help()
			if was, ok := seen[h.Key+" "+h.Desc]; ok {
				t.Errorf("%q %q is listed under %q and %q", h.Key, h.Desc, was, g.title)
			}
			if keys[h.Key] {
				t.Errorf("%q is listed twice under %q", h.Key, g.title)
			}
			seen[h.Key+" "+h.Desc], keys[h.Key] = g.title, true
		}
	}
}

// TestFooterFollowsState: each footer lists the keys of the screen on
// top as things stand, hides keys switched off, and names only keys the
// help lists.
func TestFooterFollowsState(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	if f := footer(b); strings.Contains(f, "esc") || !strings.HasSuffix(strings.TrimSpace(f), "? help • q quit") {
		t.Errorf("with no search, the list's footer: %q", f)
	}
	press(b, "/")
	if f := strings.TrimSpace(footer(b)); f != "enter keep the search • tab mark & next • esc clear the search • ctrl+c quit from any screen" {
		t.Errorf("while typing, the footer: %q", f)
	}
	typeText(b, "health")
	press(b, "enter")
	if bar := strings.Split(frame(b), "\n")[1]; !strings.HasSuffix(bar, "esc clear the search") {
		t.Errorf("with a search kept, the search bar does not say esc clears it: %q", bar)
	}
	press(b, "?")
	if f := footer(b); strings.Contains(f, "↑/k") {
		t.Errorf("the help fits, yet its footer offers to scroll: %q", f)
	}
	press(b, "q")
	b.keys.Sort.SetEnabled(false)
	if f := footer(b); strings.Contains(f, "s sort") {
		t.Errorf("a key switched off is still in the footer: %q", f)
	}

	// The footer may word a key more shortly than the help (j/k move),
	// but it names no key the help does not explain.
	help := map[string]bool{}
	for _, g := range b.keyGroups() {
		for _, k := range g.keys {
			for _, part := range strings.Split(k.Help().Key, "/") {
				help[part] = true
			}
		}
	}
	for _, keys := range [][]string{nil, {"space", "j", "space", "c"}, {"f"}, {"t"}, {"?"}} {
		for _, size := range [][2]int{{120, 40}, {70, 20}} {
			b := newTestBrowser(t, size[0], size[1])
			press(b, keys...)
			for _, item := range strings.Split(strings.TrimSpace(footer(b)), " • ") {
				keys, _, _ := strings.Cut(item, " ")
				for _, part := range strings.Split(keys, "/") {
					if !help[part] {
						t.Errorf("on %s at %d columns the footer names %q, whose key %q the help does not", onScreen(b), size[0], item, part)
					}
				}
			}
		}
	}
}

// TestSearchBarReadsOnLightAndDark: the search bar's text, kept or being
// typed, its placeholder and prompt reach 4.5:1 on light and dark, as
// the styles of ui/render do.
func TestSearchBarReadsOnLightAndDark(t *testing.T) {
	for _, dark := range []bool{false, true} {
		b := newTestBrowser(t, 120, 40)
		b.Update(backgroundMsg(dark))
		st := b.search.Styles()
		for name, s := range map[string]lipgloss.Style{
			"typed text": st.Focused.Text, "kept text": st.Blurred.Text,
			"placeholder": st.Focused.Placeholder, "placeholder (kept)": st.Blurred.Placeholder,
			"prompt": st.Focused.Prompt, "prompt (kept)": st.Blurred.Prompt,
			"suggestion": st.Focused.Suggestion,
		} {
			if why := uitest.Unreadable(s, dark); len(why) > 0 {
				t.Errorf("dark=%v: the search bar's %s: %s", dark, name, strings.Join(why, "; "))
			}
		}
	}
}

// backgroundMsg is the terminal's answer to "what is your background?".
func backgroundMsg(dark bool) tea.BackgroundColorMsg {
	if dark {
		return tea.BackgroundColorMsg{Color: color.RGBA{0x1e, 0x1e, 0x2e, 0xff}}
	}
	return tea.BackgroundColorMsg{Color: color.RGBA{0xff, 0xff, 0xff, 0xff}}
}

// TestTooSmallSaysWhatQDoes: the too-small screen's advice is true of the
// screen under it: q goes back from one open over the list.
func TestTooSmallSaysWhatQDoes(t *testing.T) {
	b := newTestBrowser(t, 120, 40)
	press(b, "t")
	b.Update(sizeMsg(30, 8))
	if f := frame(b); !strings.Contains(f, "q to go back") {
		t.Errorf("over the timeline, the too-small screen does not say q goes back:\n%s", f)
	}
	press(b, "q")
	if f := frame(b); onScreen(b) != "list" || !strings.Contains(f, "q to quit") {
		t.Errorf("on the list, the too-small screen does not say q quits:\n%s", f)
	}
}
