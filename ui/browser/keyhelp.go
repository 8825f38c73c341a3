package browser

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"github.com/mutuals/mutuals/model"
)

// KeySection is one titled group of the browser's keys, as the ? screen
// lists it: mutuals help keys prints these, so the keys a user reads at
// the shell are the ones the browser answers to.
type KeySection struct {
	Title string
	Keys  []KeyHelp
}

// KeyHelp is one key (as its help writes it, "↑/k") and what it does.
type KeyHelp struct{ Key, Desc string }

// KeyHelpSections is every key of the browser by screen, from the key maps
// the screens dispatch on and the ? screen is made from: those of a
// browser on no data, whose files e could edit.
func KeyHelpSections() []KeySection {
	b := newBrowser(snapshotOf(model.NewIndex(&model.Dataset{}), true), BrowserOptions{})
	var out []KeySection
	for _, g := range b.keyGroups() {
		s := KeySection{Title: g.title}
		for _, k := range g.keys {
			h := k.Help()
			s.Keys = append(s.Keys, KeyHelp{Key: h.Key, Desc: h.Desc})
		}
		out = append(out, s)
	}
	return out
}

// keyGroups are every screen's keys, titled, for the ? screen: the moves
// and the keys of every screen first, then the search's and each
// screen's own. A binding is listed once, under the first group that has
// it.
func (b *Browser) keyGroups() []keyGroup {
	k := b.keys
	move := keyGroup{"Move (every screen)", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}}
	everywhere := keyGroup{"Every screen", []key.Binding{k.Help, k.Copy, k.Back, k.Quit, k.ForceQuit, k.Suspend}}
	groups := []keyGroup{{"Search", []key.Binding{k.Search, k.Accept, k.Clear, k.MarkNext}}}
	for _, s := range b.catalogue() {
		groups = append(groups, s.keyGroups()...)
	}
	seen := append(slices.Clone(move.keys), everywhere.keys...)
	out := []keyGroup{move}
	for _, g := range groups {
		g.keys = slices.DeleteFunc(slices.Clone(g.keys), func(x key.Binding) bool {
			listed := slices.ContainsFunc(seen, func(y key.Binding) bool { return sameHelp(x, y) })
			seen = append(seen, x)
			return listed
		})
		if len(g.keys) > 0 {
			out = append(out, g)
		}
	}
	return append(out, everywhere)
}
