package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestE2EWatchReplacedDirectory: the register's directory deleted and
// made again (a checkout, a restore from backup) is watched again.
func TestE2EWatchReplacedDirectory(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	regDir, file := newRegister(t)
	starter, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	socket, _ := startTerm(t, 120, 40, fmt.Sprintf("--data '%s'", regDir))
	waitFor(t, socket, "1 mutual · 1 shown", e2eWait)
	if err := os.RemoveAll(regDir); err != nil {
		t.Fatal(err)
	}
	mkdir(t, regDir)
	write(t, file, string(starter)+secondMutual)
	waitFor(t, socket, "Second library mutual", e2eWait)
	// and the new directory stays watched
	write(t, file, string(starter))
	waitFor(t, socket, "reloaded: 1 mutual (1 fewer)", e2eWait)
}

// TestE2EWatchRetargetedSymlink: --data current, where current is a
// symlink a deploy points at a new version (ln -sfn v2 current.tmp &&
// mv -T current.tmp current), shows the new version and follows it.
func TestE2EWatchRetargetedSymlink(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	_, file := newRegister(t)
	starter, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	v1, v2, current := filepath.Join(root, "v1"), filepath.Join(root, "v2"), filepath.Join(root, "current")
	mkdir(t, v1)
	mkdir(t, v2)
	write(t, filepath.Join(v1, "register.toml"), string(starter))
	write(t, filepath.Join(v2, "register.toml"), string(starter)+secondMutual)
	if err := os.Symlink("v1", current); err != nil {
		t.Fatal(err)
	}
	socket, _ := startTerm(t, 120, 40, fmt.Sprintf("--data '%s'", current))
	waitFor(t, socket, "1 mutual · 1 shown", e2eWait)
	retarget(t, current, "v2")
	waitFor(t, socket, "reloaded: 2 mutuals (1 new)", e2eWait)
	saveLikeAnEditor(t, filepath.Join(v2, "register.toml"), strings.Replace(string(starter)+secondMutual, "Second library mutual", "Renamed library mutual", 1))
	waitFor(t, socket, "Renamed library mutual", e2eWait)
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
