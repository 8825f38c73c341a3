package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/mutuals/mutuals/model"
)

// Shared is the served data: loaded once, indexed once, and read by every
// session at once; nothing a session does changes it. A reload makes a new
// dataset and index beside the old and swaps them, so a session holding
// the old pair reads it undisturbed, and is told of the new one.
type Shared struct {
	load  func(context.Context) (*model.Dataset, error)
	paths []string

	mu       sync.Mutex
	ds       *model.Dataset
	ix       *model.Index
	problem  error // why the last reload failed; the last good data stays
	watchers map[int]func()
	next     int
}

// NewShared indexes ds, loaded by load from paths (none for the built-in
// data, which never changes).
func NewShared(ds *model.Dataset, paths []string, load func(context.Context) (*model.Dataset, error)) *Shared {
	return &Shared{load: load, paths: paths, ds: ds, ix: model.NewIndex(ds), watchers: map[int]func(){}}
}

// Current is the dataset and its index as they are now.
func (s *Shared) Current() (*model.Dataset, *model.Index) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ds, s.ix
}

// Problem is why the last reload failed, nil when the data served is the
// files' as they are now.
func (s *Shared) Problem() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.problem
}

// Paths are the files and directories served.
func (s *Shared) Paths() []string { return s.paths }

// OnChange calls changed after every reload that took, until the returned
// stop is called.
func (s *Shared) OnChange(changed func()) (stop func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.next
	s.next++
	s.watchers[id] = changed
	return func() {
		s.mu.Lock()
		delete(s.watchers, id)
		s.mu.Unlock()
	}
}

// Reload loads the files again. Files with problems leave the last good
// data served, and the problem is returned for the log.
func (s *Shared) Reload(ctx context.Context) error {
	if s.load == nil {
		return nil
	}
	ds, err := s.load(ctx)
	if err != nil {
		s.mu.Lock()
		s.problem = err
		s.mu.Unlock()
		return err
	}
	ix := model.NewIndex(ds)
	s.mu.Lock()
	s.ds, s.ix, s.problem = ds, ix, nil
	tell := make([]func(), 0, len(s.watchers))
	for _, w := range s.watchers {
		tell = append(tell, w)
	}
	s.mu.Unlock()
	for _, changed := range tell {
		changed()
	}
	return nil
}

// quietFor is how long the files must be quiet before a reload: an
// editor's save is several events.
const quietFor = 200 * time.Millisecond

// Watch reloads whenever the files change, until ctx is done, reporting
// each reload's outcome. It watches the directories that hold the files,
// since editors save by renaming a new file over the old.
func (s *Shared) Watch(ctx context.Context, reloaded func(error)) error {
	if len(s.paths) == 0 || s.load == nil {
		return nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	counts, err := watchPaths(w, s.paths)
	if err != nil {
		w.Close()
		return err
	}
	go func() {
		defer w.Close()
		timer := time.NewTimer(time.Hour)
		timer.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if ev.Op != fsnotify.Chmod && counts(ev.Name) {
					timer.Reset(quietFor)
				}
			case <-w.Errors:
			case <-timer.C:
				reloaded(s.Reload(ctx))
			}
		}
	}()
	return nil
}

// watchPaths adds the directory of each path and says which names count:
// a file given, or any .toml file in a directory given.
func watchPaths(w *fsnotify.Watcher, paths []string) (func(string) bool, error) {
	dirs, files := map[string]bool{}, map[string]bool{}
	for _, p := range paths {
		p, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		dir := p
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			dirs[p] = true
		} else {
			files[p], dir = true, filepath.Dir(p)
		}
		if err := w.Add(dir); err != nil {
			return nil, err
		}
	}
	return func(name string) bool {
		name = filepath.Clean(name)
		return files[name] || (dirs[filepath.Dir(name)] && strings.HasSuffix(name, ".toml"))
	}, nil
}
