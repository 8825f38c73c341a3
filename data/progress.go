package data

import (
	"slices"

	"github.com/mutuals/mutuals/model"
)

// Progress says how far a load has got: bytes of all the files, and the
// records read since the last report.
type Progress struct {
	Bytes, Total int64
	Mutuals      []model.Mutual
	Sources      []model.Source
	// Loaded is every mutual read so far, of all the files, when they lie
	// in one array that the load goes on filling past them and never
	// changes under them; nil when they do not. A browser can hold it
	// rather than copy each report's mutuals into an array of its own: at
	// 100k that copy was half the file again at the load's peak.
	Loaded []model.Mutual
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
	// before is the mutuals of the files already read, in the array the
	// current file's go on filling; nil when they are not in one.
	before []model.Mutual
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
		Loaded:  w.loaded(r),
	})
	w.mutuals, w.sources = len(r.mutuals), len(r.sources)
	if end {
		w.done += int64(at)
		w.mutuals, w.sources = 0, 0
	}
}

// follow tells w that the next file's mutuals go into the array of
// before, the mutuals read so far, after them; before is nil when they
// are not in one array.
func (w *watcher) follow(before []model.Mutual) {
	if w != nil {
		w.before = before
	}
}

// loaded is every mutual read so far when they are in one array, and nil
// when not: after a file whose mutuals went elsewhere, the current file's
// included.
func (w *watcher) loaded(r *records) []model.Mutual {
	b := w.before
	switch n := len(r.mutuals); {
	case b == nil:
		return nil
	case n == 0:
		return slices.Clip(b)
	case cap(b)-len(b) < n || &r.mutuals[0] != &b[:len(b)+1][len(b)]:
		w.before = nil // and none after: the array is left behind
		return nil
	default:
		return b[: len(b)+n : len(b)+n]
	}
}

// restart forgets what was reported of a file that the full parser reads
// again; the records it reports are the same, so only the counts reset.
func (w *watcher) restart(r *records) {
	if w != nil {
		w.mutuals, w.sources = len(r.mutuals), len(r.sources)
		w.before = nil // the full parser's records are in an array of their own
	}
}
