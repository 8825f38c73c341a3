package browser

import (
	"runtime/debug"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// gcPercent is the collector's setting now.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestLoadBoundsHeadroom: while a load runs the collector's headroom is
// loadGCPercent, and once the last of two overlapping loads ends it is
// what it was: an idle browser collects no more often than before. A
// lower setting is left alone.
func TestLoadBoundsHeadroom(t *testing.T) {
	// a load an earlier test left running would hold the setting
	for deadline := time.Now().Add(10 * time.Second); loadsRunning() > 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d loads still running from other tests", loadsRunning())
		}
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	started := make(chan struct{}, 2)
	held := func(release chan struct{}) LoadFunc {
		return func(func(data.Progress)) (*model.Dataset, error) {
			started <- struct{}{}
			<-release
			return model.NewDataset("x", nil, nil, nil), nil
		}
	}
	r1, r2 := make(chan struct{}), make(chan struct{})
	_, first := startLoad(held(r1), "first")
	_, second := startLoad(held(r2), "second")
	<-started
	<-started
	if got := gcPercent(); got != loadGCPercent {
		t.Errorf("during a load the collector's percent is %d, want %d", got, loadGCPercent)
	}
	close(r1)
	drain(first)
	if got := gcPercent(); got != loadGCPercent {
		t.Errorf("with one load still running the percent is %d, want %d", got, loadGCPercent)
	}
	close(r2)
	drain(second)
	if got := gcPercent(); got != 100 {
		t.Errorf("after the loads the percent is %d, want 100 as before", got)
	}

	debug.SetGCPercent(10)
	r3 := make(chan struct{})
	_, third := startLoad(held(r3), "low")
	<-started
	if got := gcPercent(); got != 10 {
		t.Errorf("with GOGC=10 a load made it %d, want 10 left alone", got)
	}
	close(r3)
	drain(third)
	if got := gcPercent(); got != 10 {
		t.Errorf("after the load the percent is %d, want 10", got)
	}
}

func loadsRunning() int {
	headroom.mu.Lock()
	defer headroom.mu.Unlock()
	return headroom.loads
}

// drain reads a load's messages until it has ended.
func drain(ch <-chan tea.Msg) {
	for range ch {
	}
}
