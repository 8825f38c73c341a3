package data

import "github.com/mutuals/mutuals/model"

// Progress says how far a load has got: bytes of all the files, and the
// records read since the last report.
type Progress struct {
	Bytes, Total int64
	Mutuals      []model.Mutual
	Sources      []model.Source
}

// reportEvery is how many new mutuals make a report.
const reportEvery = 1000

// watcher turns a file's growing records into Progress reports. A nil
// watcher reports nothing.
type watcher struct {
	watch   func(Progress)
	done    int64 // bytes of the files already read
	total   int64
	mutuals int // records of the current file already reported
	sources int
}

func newWatcher(inputs []input, watch func(Progress)) *watcher {
	if watch == nil {
		return nil
	}
	w := &watcher{watch: watch}
	for _, in := range inputs {
		w.total += int64(len(in.data))
	}
	// The first report says how much there is to read: a file the full
	// parser reads says nothing more until it is done.
	watch(Progress{Total: w.total})
	return w
}

// saw is told of the records read up to offset at; end says the file is
// finished.
func (w *watcher) saw(r *records, at int, end bool) {
	if w == nil || (!end && len(r.mutuals)-w.mutuals < reportEvery) {
		return
	}
	w.watch(Progress{
		Bytes: w.done + int64(at), Total: w.total,
		Mutuals: r.mutuals[w.mutuals:len(r.mutuals):len(r.mutuals)],
		Sources: r.sources[w.sources:len(r.sources):len(r.sources)],
	})
	w.mutuals, w.sources = len(r.mutuals), len(r.sources)
	if end {
		w.done += int64(at)
		w.mutuals, w.sources = 0, 0
	}
}

// restart forgets what was reported of a file that the full parser reads
// again; the records it reports are the same, so only the counts reset.
func (w *watcher) restart(r *records) {
	if w != nil {
		w.mutuals, w.sources = len(r.mutuals), len(r.sources)
	}
}
