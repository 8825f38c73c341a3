package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mutuals/mutuals/ui/browser"
)

// errInterrupted is how a command ends that a signal stopped.
var errInterrupted = failure{errors.New("interrupted")}

// graceAfterSignal is how long a command that is not drawing the browser
// has, after SIGINT or SIGTERM, to notice its cancelled context before the
// process exits anyway: a parse of a big file by the full TOML parser does
// not watch the context. The browser restores the terminal itself, at
// once, so it is never cut short.
const graceAfterSignal = 300 * time.Millisecond

// browsing is set while the browser owns the terminal.
var browsing atomic.Bool

// signals cancels a command's context at SIGINT, SIGTERM, SIGHUP (the
// terminal closed) or SIGQUIT (ctrl+\) and remembers which came, for the
// exit status: 128 plus its number, as shells expect (130, 143, 129,
// 131). A second signal ends the process at once. SIGQUIT is caught, not
// left to the Go runtime, whose goroutine dump would land on the
// browser's screen and leave the terminal in its modes.
type signals struct {
	got  atomic.Int32
	stop func()
}

func watchSignals(parent context.Context) (context.Context, *signals) {
	ctx, cancel := context.WithCancel(parent)
	s := &signals{}
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	done := make(chan struct{})
	s.stop = func() { signal.Stop(ch); close(done) }
	go func() {
		if !s.wait(ch, done) {
			return
		}
		cancel()
		timer := time.NewTimer(graceAfterSignal)
		for {
			select {
			case sig := <-ch:
				if !heldByEditor(sig) {
					s.exit()
				}
			case <-timer.C:
				if !browsing.Load() {
					s.exit()
				}
			case <-done:
				return
			}
		}
	}()
	return ctx, s
}

// wait waits for the first signal that is not the editor's, and keeps it
// for the exit status; false if the command ended first.
func (s *signals) wait(ch <-chan os.Signal, done <-chan struct{}) bool {
	for {
		select {
		case sig := <-ch:
			if heldByEditor(sig) {
				continue
			}
			s.got.Store(int32(128 + sig.(syscall.Signal)))
			return true
		case <-done:
			return false
		}
	}
}

// heldByEditor is a SIGINT or SIGQUIT meant for the editor the browser
// runs (ctrl+c or ctrl+\ there): ignored, as git ignores them while its
// editor runs. SIGTERM and SIGHUP still end the program.
func heldByEditor(sig os.Signal) bool {
	return (sig == os.Interrupt || sig == syscall.SIGQUIT) && browser.HoldsInterrupts()
}

// exit ends the process now, saying why as the command would have.
func (s *signals) exit() {
	fmt.Fprintln(os.Stderr, "error: interrupted")
	os.Exit(s.status())
}

// status is the exit status a signal asks for, or 0.
func (s *signals) status() int { return int(s.got.Load()) }

// wholeLines writes only whole lines to w while ctx is live, and nothing
// once it is done, so that an interrupted command leaves no half line on
// stdout. What follows the last newline waits for the next write, or for
// Flush.
type wholeLines struct {
	ctx  context.Context
	w    io.Writer
	mu   sync.Mutex
	tail []byte
}

func (l *wholeLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ctx.Err() != nil {
		return 0, errInterrupted
	}
	i := bytes.LastIndexByte(p, '\n')
	if i < 0 {
		l.tail = append(l.tail, p...)
		return len(p), nil
	}
	if len(l.tail) > 0 {
		if _, err := l.w.Write(l.tail); err != nil {
			return 0, err
		}
		l.tail = l.tail[:0]
	}
	if _, err := l.w.Write(p[:i+1]); err != nil {
		return 0, err
	}
	l.tail = append(l.tail, p[i+1:]...)
	return len(p), nil
}

// Flush writes what is left after the last newline, unless ctx is done.
func (l *wholeLines) Flush() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.tail) == 0 || l.ctx.Err() != nil {
		return nil
	}
	_, err := l.w.Write(l.tail)
	l.tail = nil
	return err
}
