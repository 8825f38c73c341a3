package browser

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/fsnotify/fsnotify"
)

// quietFor is how long the files must be quiet before a reload: an editor's
// save is several events (write a temporary file, rename it, chmod).
const quietFor = 150 * time.Millisecond

// filesChanged says the data files changed on disk and have settled.
type filesChanged struct{}

// fileWatcher watches the directories that hold the data files, not the
// files: editors that save by writing a new file and renaming it over the
// old one replace the file a watch would follow.
type fileWatcher struct {
	w       *fsnotify.Watcher
	changed chan struct{}
	dirs    map[string]bool // every .toml file in these counts
	files   map[string]bool // these files count
}

// watchFiles starts watching paths (files, or directories of .toml files).
func watchFiles(paths []string) (*fileWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	fw := &fileWatcher{w: w, changed: make(chan struct{}, 1), dirs: map[string]bool{}, files: map[string]bool{}}
	for _, p := range paths {
		p, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		dir := p
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			fw.dirs[p] = true
		} else {
			fw.files[p], dir = true, filepath.Dir(p)
		}
		if err := w.Add(dir); err != nil {
			w.Close()
			return nil, err
		}
	}
	go fw.run()
	return fw, nil
}

// counts says whether an event on name is a change to the data.
func (fw *fileWatcher) counts(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	name := filepath.Clean(ev.Name)
	return fw.files[name] || (fw.dirs[filepath.Dir(name)] && strings.HasSuffix(name, ".toml"))
}

// run turns bursts of events into one signal, sent once they settle.
func (fw *fileWatcher) run() {
	defer close(fw.changed)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case ev, ok := <-fw.w.Events:
			if !ok {
				return
			}
			if fw.counts(ev) {
				timer.Reset(quietFor)
			}
		case _, ok := <-fw.w.Errors:
			if !ok {
				return
			}
		case <-timer.C:
			select {
			case fw.changed <- struct{}{}:
			default: // a signal is already waiting: one reload covers both
			}
		}
	}
}

// next waits for the next settled change.
func (fw *fileWatcher) next() tea.Cmd {
	return func() tea.Msg {
		if _, ok := <-fw.changed; !ok {
			return nil
		}
		return filesChanged{}
	}
}

func (fw *fileWatcher) Close() error { return fw.w.Close() }
