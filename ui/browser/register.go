package browser

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// Register is what the browser needs to edit and reload the files its
// dataset came from. The built-in data has none.
type Register struct {
	// Paths are the files and directories loaded, to watch.
	Paths []string
	// Watch reloads whenever the files change (false with --no-watch:
	// then only coming back from the editor reloads).
	Watch bool
	// Locate finds the file and line that define a mutual, reading the
	// files afresh.
	Locate func(id string) (file string, line int, err error)
	// Reload loads the files again; an error leaves the shown data alone.
	// It should stop soon after ctx is done: a newer change to the files
	// cancels the reload running.
	Reload func(ctx context.Context) (*model.Dataset, error)
}

// registerState is the browser's side of a Register: the watcher, and
// whether the files changed during the first load.
type registerState struct {
	*Register
	watcher *fileWatcher
	pending bool // the files changed while the first load ran
	editing bool // an editor is open, or opening: one at a time
	// interruptsFrom is when ctrl+c quits again after an editor: a
	// second ctrl+c meant for the editor may arrive as a key
	interruptsFrom time.Time
}

// startWatching begins watching the files, if asked to.
func (b *Browser) startWatching() tea.Cmd {
	r := &b.reg
	if r.Register == nil || !r.Watch || r.watcher != nil {
		return nil
	}
	w, err := watchFiles(r.Paths)
	if err != nil {
		b.status = "not watching the files (" + model.Printable(err.Error()) + "): e still reloads after editing"
		return nil
	}
	r.watcher = w
	return w.next()
}

// Close stops watching the files, and every job running (a reload too).
func (b *Browser) Close() {
	b.jobs.close()
	if b.reg.watcher != nil {
		b.reg.watcher.Close()
		b.reg.watcher = nil
	}
}

// applyFilesChanged reloads after the files changed, and waits for the
// next change.
func (b *Browser) applyFilesChanged() tea.Cmd {
	if b.reg.watcher == nil {
		return nil
	}
	return tea.Batch(b.startReload(), b.reg.watcher.next())
}
