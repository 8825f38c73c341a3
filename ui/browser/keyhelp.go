package browser

import "github.com/mutuals/mutuals/model"

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
