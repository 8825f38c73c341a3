//go:build unix

package browser

import (
	"os"
	"os/signal"
	"reflect"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// canSuspend reports whether a shell with job control can resume the
// browser after it stops: its process group must have a parent in
// another group of the same session. Otherwise (a session leader, or a
// shell without job control) the kernel discards the stop, and Bubble
// Tea would wait for a SIGCONT that never comes.
func canSuspend() bool {
	parent := os.Getppid()
	group, err := unix.Getpgid(parent)
	if err != nil || group == unix.Getpgrp() {
		return false
	}
	theirs, err1 := unix.Getsid(parent)
	ours, err2 := unix.Getsid(0)
	return err1 == nil && err2 == nil && theirs == ours
}

// stopSignals turns SIGTSTP from outside (kill -TSTP, or a terminal that
// sends it) into the browser's own suspend, so the terminal is handed
// back (main screen, cursor, echo, mouse off) before the process stops,
// and drawn again on fg.
//
// Once caught, SIGTSTP stays caught for the life of the process (the Go
// runtime keeps its handler after signal.Stop, and drops the signal), so
// the SIGTSTP Bubble Tea sends the process group to suspend arrives here
// too: then the browser stops itself with SIGSTOP, which fg continues,
// once the terminal is handed back, and once a suspend.
type stopSignals struct {
	ch         chan os.Signal
	done       chan struct{}
	suspending atomic.Bool // Bubble Tea is suspending: its own SIGTSTP stops the process
	stopped    atomic.Bool // this suspend has stopped the process
	asked      atomic.Bool // a suspend is on its way to the program
	tty        uintptr
	held       *term.State // the terminal as it was before the browser took it; nil if unknown
}

// catchStops catches SIGTSTP for the browser drawn on tty.
func catchStops(tty *os.File) *stopSignals {
	// room for a burst, and Bubble Tea's own stop behind it
	s := &stopSignals{ch: make(chan os.Signal, 8), done: make(chan struct{}), tty: tty.Fd()}
	if st, err := term.GetState(s.tty); err == nil {
		s.held = st
	}
	signal.Notify(s.ch, syscall.SIGTSTP)
	return s
}

// stopWhenReleased stops the process once Bubble Tea has handed the
// terminal back, and once a suspend.
//
// A stop from a burst outside can arrive late, while Bubble Tea is still
// giving the terminal back: stopping then left the shell the browser's
// screen (alternate screen, no cursor, mouse on). So a stop waits until
// the terminal is as it was: Bubble Tea puts its modes back last of all,
// just before its own stop (a terminal never put back is stopped after a
// second anyway).
//
// A late stop can also come after the terminal is back but before Bubble
// Tea listens for the continue that ends its suspend: fg's continue then
// goes unheard, and Bubble Tea's own stop, arriving after it, must not
// stop the process again (a second fg) but give it the continue it
// missed, or it waits for ever.
func (s *stopSignals) stopWhenReleased() {
	for range 200 {
		if s.released() {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !s.suspending.Load() {
		return
	}
	if s.stopped.Swap(true) {
		_ = unix.Kill(os.Getpid(), unix.SIGCONT)
		return
	}
	_ = unix.Kill(os.Getpid(), unix.SIGSTOP)
}

// released says whether the terminal is as it was before the browser
// took it (cooked, echo on), which Bubble Tea puts back as it suspends.
func (s *stopSignals) released() bool {
	if s.held == nil {
		return true
	}
	now, err := term.GetState(s.tty)
	return err != nil || reflect.DeepEqual(now, s.held)
}

// forward sends each stop from outside to the program as its suspend.
func (s *stopSignals) forward(send func(tea.Msg)) {
	go func() {
		for {
			select {
			case <-s.ch:
				switch {
				case s.suspending.Load():
					go s.stopWhenReleased()
				case editorsRunning.Load() > 0:
					// the terminal's stop reached the editor too, and
					// its stopping stops the browser (followStops)
				case s.asked.Swap(true):
					// one suspend is on its way: a burst of stops is one
				case canSuspend():
					go send(tea.SuspendMsg{}) // never wait on the program here
				default:
					s.asked.Store(false)
				}
			case <-s.done:
				return
			}
		}
	}()
}

// filter notes the suspend before Bubble Tea acts on it, and its end.
func (s *stopSignals) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg:
		// A burst of stops from outside (kill -TSTP five times) has
		// asked for this suspend already: what is left of it must not
		// stop the browser before its terminal is handed back, nor
		// again after fg. A stop stops the process only once Bubble Tea
		// has released the terminal, and once (stopWhenReleased).
		s.drain()
		s.stopped.Store(false)
		s.suspending.Store(true)
		s.asked.Store(false)
	case tea.ResumeMsg:
		s.suspending.Store(false)
	}
	return msg
}

// drain drops the stops that are waiting.
func (s *stopSignals) drain() {
	for {
		select {
		case <-s.ch:
		default:
			return
		}
	}
}

func (s *stopSignals) Close() {
	signal.Stop(s.ch)
	close(s.done)
}

// nameOf is a signal's name as the shell spells it: SIGKILL.
func nameOf(sig syscall.Signal) string {
	if name := unix.SignalName(sig); name != "" {
		return name
	}
	return sig.String()
}
