package browser

import (
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// snapshot is the data the browser shows, as a screen sees it: a dataset with its
// index, whether the load has ended (only then is the data checked), and
// whether e may edit its files. It is a value: the root alone makes a new
// one, when records arrive, a load ends or the files reload, and hands it
// to every screen in a dataChanged message, so nothing changes under a
// screen between two messages. The dataset and the index are never written
// once made, so many browsers may share them (see NewSession).
type snapshot struct {
	ds       *model.Dataset
	ix       *model.Index
	loading  bool // records are still arriving, not yet checked
	editable bool // e edits the files: there are files, and the reader may change them
}

// snapshotOf is an index and its dataset, checked.
func snapshotOf(ix *model.Index, editable bool) snapshot {
	return snapshot{ds: ix.Dataset, ix: ix, editable: editable}
}

// dataChanged hands a screen the data it now shows.
type dataChanged struct{ snapshot }

// setData shows new data: the root's, then every screen's, open or kept.
// It is the one place the data a browser shows is replaced.
func (b *Browser) setData(d snapshot) tea.Cmd {
	b.snapshot = d
	b.problems.snapshot = d
	msg := dataChanged{d}
	var cmds []tea.Cmd
	for _, s := range b.kept() {
		cmds = append(cmds, s.Update(msg))
	}
	return tea.Batch(cmds...)
}

// kept is every screen that holds the data: those on the stack, and the
// facet and timeline screens kept between openings.
func (b *Browser) kept() []screen {
	out := append([]screen{}, b.screens...)
	for _, s := range []screen{b.facets, b.timeline} {
		open := false
		for _, o := range b.screens {
			open = open || o == s
		}
		if !open {
			out = append(out, s)
		}
	}
	return out
}
