package browser

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
	"weak"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// slowRegister is a register whose loads take as long as the test says:
// each waits for release (or, if it heeds cancelling, for its context),
// and it counts how many run, and at most how many at once.
type slowRegister struct {
	t       testing.TB
	heeds   bool // the load stops when its context is done
	release chan struct{}
	started chan struct{} // a load began

	mu             sync.Mutex
	version        int // the files' content: n mutuals
	loads, running int
	mostAtOnce     int
	cancelled      int
}

func (s *slowRegister) reload(ctx context.Context) (*model.Dataset, error) {
	s.mu.Lock()
	s.loads++
	s.running++
	s.mostAtOnce = max(s.mostAtOnce, s.running)
	n := s.version
	s.mu.Unlock()
	defer func() { s.mu.Lock(); s.running--; s.mu.Unlock() }()
	s.started <- struct{}{}
	if s.heeds {
		select {
		case <-s.release:
		case <-ctx.Done():
			s.mu.Lock()
			s.cancelled++
			s.mu.Unlock()
			return nil, ctx.Err()
		}
	} else {
		<-s.release
	}
	return loadtest.Load(s.t, "f.toml", datatest.Tiny(n))
}

// change is the files changing on disk, as the watcher reports it.
func (s *slowRegister) change(b *Browser) tea.Cmd {
	s.mu.Lock()
	s.version++
	s.mu.Unlock()
	return b.startReload()
}

// TestReloadsDoNotPileUp: however many changes come while a slow reload
// runs, one load runs at a time and at most one more follows it, and what
// is shown in the end is the last change.
func TestReloadsDoNotPileUp(t *testing.T) {
	for _, heeds := range []bool{true, false} {
		t.Run(fmt.Sprintf("heeds-cancel=%v", heeds), func(t *testing.T) {
			s := &slowRegister{t: t, heeds: heeds, release: make(chan struct{}), started: make(chan struct{}, 32)}
			b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Register: &Register{Reload: s.reload}})
			b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})

			p := &program{b: b, msgs: make(chan tea.Msg, 32)}
			p.run(s.change(b))
			<-s.started // the first load runs
			for range 15 {
				p.run(s.change(b))
			}
			close(s.release) // every load may finish now
			p.settle(t)
			s.mu.Lock()
			defer s.mu.Unlock()
			if s.mostAtOnce != 1 || s.loads > 2 {
				t.Errorf("16 changes during one reload ran %d loads, %d at once: want at most 2, one at a time", s.loads, s.mostAtOnce)
			}
			if heeds && s.cancelled != 1 {
				t.Errorf("the superseded load should have been cancelled (%d were)", s.cancelled)
			}
			if len(b.ds.Mutuals) != 16 {
				t.Errorf("the last change (16 mutuals) should be shown, got %d", len(b.ds.Mutuals))
			}
		})
	}
}

// program runs a browser's commands as Bubble Tea would, each in a
// goroutine of its own, and feeds their messages back.
type program struct {
	b       *Browser
	msgs    chan tea.Msg
	running int // commands whose message has not come back yet
}

func (p *program) run(cmd tea.Cmd) {
	if cmd != nil {
		p.running++
		go func() { p.msgs <- cmd() }()
	}
}

// settle feeds the browser every message, running the commands it returns,
// until none is running: nothing more can happen then.
func (p *program) settle(t *testing.T) {
	deadline := time.After(10 * time.Second)
	for p.running > 0 {
		select {
		case msg := <-p.msgs:
			p.running--
			if batch, ok := msg.(tea.BatchMsg); ok {
				for _, cmd := range batch {
					p.run(cmd)
				}
				continue
			}
			_, cmd := p.b.Update(msg)
			p.run(cmd)
		case <-deadline:
			t.Fatalf("the browser did not settle within 10 s (%d commands running)", p.running)
		}
	}
}

// TestReloadFreesTheFirstLoad: once a reload has replaced the data,
// nothing of the first load is still held (its partial datasets as it
// streamed in included), so a reload costs one dataset, not two.
func TestReloadFreesTheFirstLoad(t *testing.T) {
	paths := streamedFiles(t, "")
	reg := &Register{Reload: func(ctx context.Context) (*model.Dataset, error) { return data.Load(ctx, paths, nil) }}
	b := NewBrowser(model.NewDataset("t", nil, nil, nil), BrowserOptions{IsDark: true, Load: watchedLoad(paths), Register: reg})
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	var held []weak.Pointer[model.Dataset]
	for cmd := b.start; cmd != nil; {
		msg := cmd()
		switch m := msg.(type) {
		case loadProgress:
			held = append(held, weak.Make(m.ds))
		case loadDone:
			held = append(held, weak.Make(m.ds))
		}
		_, cmd = b.Update(msg)
		if _, ok := msg.(loadDone); ok {
			break
		}
	}
	if len(held) < 2 {
		t.Fatalf("the load reported no progress (%d datasets)", len(held))
	}
	reload(t, b)
	runtime.GC()
	runtime.GC()
	for i, w := range held {
		if w.Value() != nil {
			t.Errorf("dataset %d of %d of the first load is still held after the reload", i+1, len(held))
		}
	}
	if len(b.ds.Mutuals) != 1500 {
		t.Errorf("the reload shows %d mutuals", len(b.ds.Mutuals)) // and keeps b alive to here
	}
}
