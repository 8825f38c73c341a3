package browser

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// LoadFunc loads a dataset, calling report from its own goroutine with the
// records read since the last report and how many bytes of how many are
// done. Its result is the final word: an error ends the browser.
type LoadFunc func(report func(data.Progress)) (*model.Dataset, error)

// loadProgress brings the records loaded so far, already indexed off the
// UI path.
type loadProgress struct {
	ds           *model.Dataset
	ix           *model.Index
	bytes, total int64
}

// loadDone is the end of a load: the checked dataset, or why it failed.
type loadDone struct {
	ds  *model.Dataset
	ix  *model.Index
	err error
}

// startLoad runs load in a goroutine and returns the command that waits
// for its next message. The records read are indexed in another
// goroutine, so that on two cores parsing and indexing overlap.
func startLoad(load LoadFunc, name string) (tea.Cmd, <-chan tea.Msg) {
	ch := make(chan tea.Msg, 1)
	restore := boundHeadroom()
	go func() {
		defer close(ch)
		defer restore()
		read := make(chan loadProgress, 4) // the records read so far, not yet indexed
		indexed := make(chan *model.Index)
		go func() {
			ix := &model.Index{}
			for p := range read {
				ix = ix.With(p.ds)
				p.ix = ix
				ch <- p
			}
			indexed <- ix
		}()
		var (
			ms []model.Mutual
			ss []model.Source
		)
		ds, err := load(func(p data.Progress) {
			if p.Loaded != nil {
				ms = p.Loaded // the load's own array: no copy
			} else {
				// appends go past what the indexer reads, or to a new array
				ms = append(grown(ms, len(p.Mutuals), p.Bytes, p.Total), p.Mutuals...)
			}
			ss = append(ss, p.Sources...)
			read <- loadProgress{ds: model.NewDataset(name, nil, ms, ss), bytes: p.Bytes, total: p.Total}
		})
		close(read)
		ix := <-indexed
		switch {
		case err == nil && (ix.Unsourced() || !streamedAsLoaded(ix.Dataset, ds)):
			// the index folded a mutual's source titles before the
			// source came (from a later file), or the end differs from
			// what streamed (a copy is one with its original; a file's
			// programme is given at its end): fold them all again, here,
			// off the UI path, so the end is what a fresh load builds
			ix = model.NewIndex(ds)
		case err == nil:
			ix = ix.Complete(ds)
		}
		ch <- loadDone{ds: ds, ix: ix, err: err}
	}()
	return nextLoadMsg(ch), ch
}

// grown is ms with room for the mutuals of the whole load, as far as the
// bytes read so far tell, once it lacks room for n more: growing it by
// doubling copied it again and again, all garbage at the load's peak.
func grown(ms []model.Mutual, n int, bytes, total int64) []model.Mutual {
	if cap(ms)-len(ms) >= n || bytes <= 0 {
		return ms
	}
	want := int(float64(len(ms)+n) * float64(total) / float64(bytes) * 1.02)
	return slices.Grow(ms, max(want-len(ms), n))
}

// streamedAsLoaded says whether the loaded dataset begins with the
// mutuals that streamed, as they streamed: the same ids, in the same
// programmes.
func streamedAsLoaded(streamed, loaded *model.Dataset) bool {
	if streamed == nil {
		return true
	}
	if len(loaded.Mutuals) < len(streamed.Mutuals) {
		return false
	}
	for i := range streamed.Mutuals {
		s, l := &streamed.Mutuals[i], &loaded.Mutuals[i]
		if s.ID != l.ID || s.Programme != l.Programme {
			return false
		}
	}
	return true
}

func nextLoadMsg(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

// applyProgress shows the records loaded so far: the list gains those
// that match the query, and the counts move.
func (b *Browser) applyProgress(p loadProgress) tea.Cmd {
	from := b.ix.Len()
	d := snapshotOf(p.ix, b.editable)
	d.loading = true
	cmd := b.setData(d)
	b.progress = p
	b.found = append(b.found, b.ix.SearchFrom(b.query, from)...)
	b.list.SetShown(b.sorted(), b.query)
	return tea.Batch(cmd, nextLoadMsg(b.loads))
}

func (b *Browser) applyDone(d loadDone) tea.Cmd {
	b.loads = nil
	b.progress = loadProgress{} // its partial dataset would outlive a reload
	if d.err != nil && b.openOnProblems(d.err) {
		return b.reloadIfPending()
	}
	if d.err != nil {
		b.err = d.err
		return tea.Quit
	}
	shown := b.setData(snapshotOf(d.ix, b.editable))
	b.orders = map[model.Sort][]int{} // orders are per dataset
	b.jobs.drop(searchJob)            // a search still running on the partial data is stale
	cmd := b.applySearch(searchResult{query: b.query, shown: b.ix.Search(b.query)})
	return tea.Batch(shown, cmd, b.reloadIfPending())
}

// loadStatus is the header's account of a load in progress.
func (b *Browser) loadStatus() string {
	p := b.progress
	pct := 0
	if p.total > 0 {
		pct = int(p.bytes * 100 / p.total)
	}
	return fmt.Sprintf("loading %d mutuals · %.1f of %.1f MB · %d%%",
		len(b.ds.Mutuals), float64(p.bytes)/1e6, float64(p.total)/1e6, pct)
}
