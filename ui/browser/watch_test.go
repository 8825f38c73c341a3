package browser

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// changed waits up to within for the watcher's next settled change.
func changed(fw *fileWatcher, within time.Duration) bool {
	select {
	case _, ok := <-fw.changed:
		return ok
	case <-time.After(within):
		return false
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// saveLikeAnEditor replaces the file the way vim and most editors do:
// write a new file beside it, then rename it over the old one.
func saveLikeAnEditor(t *testing.T, file, text string) {
	t.Helper()
	write(t, file+".swp", text)
	if err := os.Rename(file+".swp", file); err != nil {
		t.Fatal(err)
	}
}

// retarget points the symlink link at target the way deploys switch
// versions: a new link renamed over the old (ln -sfn && mv -T).
func retarget(t *testing.T, link, target string) {
	t.Helper()
	if err := os.Symlink(target, link+".tmp"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(link+".tmp", link); err != nil {
		t.Fatal(err)
	}
}

// remake deletes the directory dir and, once the watcher has seen that,
// makes it again.
func remake(t *testing.T, fw *fileWatcher, dir string, wait time.Duration) {
	t.Helper()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if !changed(fw, wait) {
		t.Fatal("deleting the directory is a change")
	}
	mkdir(t, dir)
	if !changed(fw, wait) {
		t.Fatal("making the directory again is a change")
	}
}

// TestWatchFollowsThePath: the watcher sees changes through whatever the
// named path names now, however it came to name it; and only those.
func TestWatchFollowsThePath(t *testing.T) {
	const wait, quiet = 3 * time.Second, 2 * quietFor // quiet: past the debounce, with room for the watcher to be late
	tests := []struct {
		name  string
		setup func(t *testing.T, root string) (named string)
		steps func(t *testing.T, root string, fw *fileWatcher)
	}{
		{"directory deleted and made again", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "reg"))
			return filepath.Join(root, "reg")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			reg := filepath.Join(root, "reg")
			if err := os.RemoveAll(reg); err != nil {
				t.Fatal(err)
			}
			mkdir(t, reg)
			if !changed(fw, wait) {
				t.Fatal("replacing the directory is a change")
			}
			write(t, filepath.Join(reg, "a.toml"), "x")
			if !changed(fw, wait) {
				t.Error("a file written in the new directory was not seen")
			}
		}},
		{"symlinked directory pointed elsewhere", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "v1"))
			mkdir(t, filepath.Join(root, "v2"))
			if err := os.Symlink("v1", filepath.Join(root, "current")); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(root, "current")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			retarget(t, filepath.Join(root, "current"), "v2")
			if !changed(fw, wait) {
				t.Fatal("pointing the symlink elsewhere is a change")
			}
			write(t, filepath.Join(root, "v1", "old.toml"), "x")
			if changed(fw, quiet) {
				t.Error("a change to the old version counted")
			}
			write(t, filepath.Join(root, "v2", "new.toml"), "x")
			if !changed(fw, wait) {
				t.Error("a change to the new version was not seen")
			}
		}},
		{"symlinked directory whose target is deleted and made again", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "v1"))
			if err := os.Symlink("v1", filepath.Join(root, "cur")); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(root, "cur")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			remake(t, fw, filepath.Join(root, "v1"), wait)
			write(t, filepath.Join(root, "v1", "a.toml"), "x")
			if !changed(fw, wait) {
				t.Error("a file written in the target made again was not seen")
			}
		}},
		{"file in a symlinked directory whose target is deleted and made again", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "v1"))
			write(t, filepath.Join(root, "v1", "a.toml"), "x")
			if err := os.Symlink("v1", filepath.Join(root, "cur")); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(root, "cur", "a.toml")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			remake(t, fw, filepath.Join(root, "v1"), wait)
			write(t, filepath.Join(root, "v1", "a.toml"), "y")
			if !changed(fw, wait) {
				t.Error("the file written again in the target made again was not seen")
			}
		}},
		{"file saved through a symlink", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "real"))
			mkdir(t, filepath.Join(root, "linked"))
			write(t, filepath.Join(root, "real", "register.toml"), "x")
			if err := os.Symlink(filepath.Join("..", "real", "register.toml"), filepath.Join(root, "linked", "register.toml")); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(root, "linked", "register.toml")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			saveLikeAnEditor(t, filepath.Join(root, "real", "register.toml"), "y")
			if !changed(fw, wait) {
				t.Error("saving the file the symlink names was not seen")
			}
		}},
		{"permission change", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "reg"))
			write(t, filepath.Join(root, "reg", "a.toml"), "x")
			return filepath.Join(root, "reg")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			if err := os.Chmod(filepath.Join(root, "reg", "a.toml"), 0o600); err != nil {
				t.Fatal(err)
			}
			if !changed(fw, wait) {
				t.Error("chmod of a data file was not seen")
			}
		}},
		{"editor lock files", func(t *testing.T, root string) string {
			mkdir(t, filepath.Join(root, "reg"))
			return filepath.Join(root, "reg")
		}, func(t *testing.T, root string, fw *fileWatcher) {
			write(t, filepath.Join(root, "reg", "._a.toml"), "x")
			_ = os.Symlink("user@host.1234", filepath.Join(root, "reg", ".#a.toml"))
			if changed(fw, quiet) {
				t.Error("a dot-file counted as data")
			}
		}},
	}
	// The cases wait on the watcher, not the processor: all of them run
	// at once (a subtest's own goroutine each), not go test's -parallel
	// (the processors) at a time.
	t.Parallel()
	var wg sync.WaitGroup
	for _, tt := range tests {
		wg.Go(func() {
			t.Run(tt.name, func(t *testing.T) {
				root := t.TempDir()
				fw, err := watchFiles([]string{tt.setup(t, root)})
				if err != nil {
					t.Fatal(err)
				}
				defer fw.Close()
				tt.steps(t, root, fw)
			})
		})
	}
	wg.Wait()
}
