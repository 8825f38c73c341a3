package browser

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// screen is one view of the browser between the root's header and footer,
// in the shape of soft-serve's common.Component: the root hands it its
// size and its messages and draws what View returns; ShortHelp is its
// footer. A screen keeps its own state and asks the root, with messages
// (common.ask), for anything beyond itself.
type screen interface {
	SetSize(width, height int)
	Update(msg tea.Msg) tea.Cmd
	View() string
	help.KeyMap
}

// underSearch marks a screen drawn under the search bar, whose filter it
// follows (the facets, the detail).
type underSearch interface{ underSearch() }

// What screens ask of the root.
type (
	openScreen      struct{ s screen }           // put it over the one on top
	closeScreen     struct{}                     // back to what is under it
	openHelp        struct{}                     // the ? screen
	addSearchTerm   struct{ term string }        // add field:value to the search, back to the list
	printComparison struct{ c model.Comparison } // print it to stdout once the program ends
	copyText        struct {
		lines []string
		what  string
	} // to the clipboard, as Markdown
	showStatus struct{ text string } // say why a key did nothing
	toggleMark struct{ at int }      // mark or unmark the mutual at a position
	editMutual struct{ at int }      // open the mutual's record in the editor
)

// What the root tells the open screen.
type (
	listChanged struct {
		shown []int
		query string
	} // the filter now shows these
	marksChanged struct{ ms []*model.Mutual } // the marked mutuals after a reload
)

// keyGroup is a titled group of keys on the ? screen: the title lives
// beside its keys, so neither can drift from the other.
type keyGroup struct {
	title string
	keys  []key.Binding
}

// fullHelp is the groups as help.KeyMap's FullHelp wants them.
func fullHelp(groups []keyGroup) [][]key.Binding {
	out := make([][]key.Binding, len(groups))
	for i, g := range groups {
		out[i] = g.keys
	}
	return out
}

// top is the screen on top: the list, or one open over it.
func (b *Browser) top() screen { return b.screens[len(b.screens)-1] }

// onList reports whether the list is on top, with no screen over it.
func (b *Browser) onList() bool { return len(b.screens) == 1 }

// open puts a screen over the one shown and lays it out.
func (b *Browser) open(s screen) {
	b.screens = append(b.screens, s)
	b.layout()
}

// close goes back to the screen under the top one; the list stays.
func (b *Browser) close() {
	if !b.onList() {
		b.screens = b.screens[:len(b.screens)-1]
	}
	b.layout()
}

// closeAll goes back to the list.
func (b *Browser) closeAll() {
	b.screens = b.screens[:1]
	b.layout()
}
