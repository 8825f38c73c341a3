package browser

import (
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/fsnotify/fsnotify"

	"github.com/mutuals/mutuals/data"
)

// quietFor is how long the files must be quiet before a reload: an editor's
// save is several events (write a temporary file, rename it, chmod).
const quietFor = 150 * time.Millisecond

// filesChanged says the data files changed on disk and have settled.
type filesChanged struct{}

// fileWatcher follows the paths the user named, not the files and
// directories they named when the browser started: a directory deleted
// and made again, a symlink pointed elsewhere (how deploys switch
// versions), a file saved through a symlink. It watches the directories
// that hold the data (editors save by renaming a new file over the old),
// each one's parent (to see the directory itself replaced), and the
// directory a symlinked file points into; after each burst of events it
// looks at the paths again and moves the watches to what they name now.
type fileWatcher struct {
	w       *fsnotify.Watcher
	changed chan struct{}
	named   []string               // the paths as the user gave them, absolute
	watched map[string]os.FileInfo // each watched directory, as it was when watched
	dirs    map[string]bool        // every .toml file in these counts
	files   map[string]bool        // these paths count: files, directories, symlinks
}

// watchFiles starts watching paths (files, or directories of .toml files).
func watchFiles(paths []string) (*fileWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	fw := &fileWatcher{w: w, changed: make(chan struct{}, 1), watched: map[string]os.FileInfo{}}
	for _, p := range paths {
		if p, err := filepath.Abs(p); err == nil {
			fw.named = append(fw.named, p)
		}
	}
	if err := fw.rewatch(); err != nil {
		w.Close()
		return nil, err
	}
	go fw.run()
	return fw, nil
}

// rewatch works out what the named paths name now, and watches that. It
// fails only when nothing at all can be watched.
func (fw *fileWatcher) rewatch() error {
	want := map[string]bool{}
	fw.dirs, fw.files = map[string]bool{}, map[string]bool{}
	for _, p := range fw.named {
		fw.files[p] = true
		// a symlink on the way (the path itself, or a directory holding
		// it) leads the name through its target: the target deleted,
		// made again, or renamed is a change of what the path names
		for _, hop := range symlinkTargets(p) {
			fw.files[hop] = true
			want[filepath.Dir(hop)] = true
		}
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			fw.dirs[p] = true
			want[p], want[filepath.Dir(p)] = true, true
			continue
		}
		dir := filepath.Dir(p)
		fw.files[dir] = true // the directory replaced
		want[dir], want[filepath.Dir(dir)] = true, true
		if real, err := filepath.EvalSymlinks(p); err == nil && real != p {
			fw.files[real] = true
			want[filepath.Dir(real)] = true
		}
	}
	for dir := range fw.watched {
		if !want[dir] {
			_ = fw.w.Remove(dir)
			delete(fw.watched, dir)
		}
	}
	var firstErr error
	for dir := range want {
		if err := fw.watch(dir); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	if len(fw.watched) == 0 {
		return firstErr
	}
	return nil
}

// maxHops bounds the symlinks followed for one path, as the kernel does
// (ELOOP).
const maxHops = 40

// symlinkTargets is where each symlink met on the way to path points:
// in the path itself or in any directory above it, and in their targets,
// whether or not the targets exist now.
func symlinkTargets(path string) []string {
	var out []string
	seen := map[string]bool{}
	var walk func(p string)
	walk = func(p string) {
		for q := p; len(out) < maxHops; q = filepath.Dir(q) {
			if target, err := os.Readlink(q); err == nil {
				if !filepath.IsAbs(target) {
					target = filepath.Join(filepath.Dir(q), target)
				}
				target = filepath.Clean(target)
				if !seen[target] {
					seen[target] = true
					out = append(out, target)
					walk(target)
				}
			}
			if filepath.Dir(q) == q {
				return
			}
		}
	}
	walk(path)
	return out
}

// watch watches dir afresh unless the watch already there is on what dir
// names now (the same device and inode): a watch follows an inode, and
// the path may name another one since.
func (fw *fileWatcher) watch(dir string) error {
	fi, err := os.Stat(dir)
	old, ok := fw.watched[dir]
	if ok && err == nil && os.SameFile(old, fi) {
		return nil
	}
	if ok {
		_ = fw.w.Remove(dir) // the directory may be gone, and its watch with it
		delete(fw.watched, dir)
	}
	if err != nil {
		return err // watched again when its parent sees it come back
	}
	if err := fw.w.Add(dir); err != nil {
		return err
	}
	fw.watched[dir] = fi
	return nil
}

// forget drops the watch of a directory that was created, removed or
// renamed: even where the path then names a directory with the same inode
// (file systems reuse them at once), the watch is on the one that went.
func (fw *fileWatcher) forget(ev fsnotify.Event) {
	name := filepath.Clean(ev.Name)
	if _, ok := fw.watched[name]; ok && ev.Op&(fsnotify.Create|fsnotify.Remove|fsnotify.Rename) != 0 {
		_ = fw.w.Remove(name)
		delete(fw.watched, name)
	}
}

// counts says whether an event on name is a change to the data: a data
// file, or a path on the way to one (the named directory, a symlink). A
// permission change counts: it can make a file readable at last.
func (fw *fileWatcher) counts(ev fsnotify.Event) bool {
	name := filepath.Clean(ev.Name)
	if fw.files[name] || fw.dirs[name] {
		return true
	}
	return fw.dirs[filepath.Dir(name)] && data.IsDataName(filepath.Base(name))
}

// run turns bursts of events into one signal, sent once they settle and
// the watches have moved to what the paths name now.
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
			fw.forget(ev)
			if fw.counts(ev) {
				timer.Reset(quietFor)
			}
		case _, ok := <-fw.w.Errors:
			if !ok {
				return
			}
		case <-timer.C:
			// before the reload reads the files, so that nothing written
			// after it goes unseen
			_ = fw.rewatch()
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
