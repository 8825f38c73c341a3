package browser

import (
	"io"
	"os"
	"os/exec"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"
)

// holdGrace is how long after the editor ends the browser still ignores
// SIGINT and SIGQUIT, and the ctrl+c key: the ctrl+c that ended the
// editor reaches the browser at the same moment, and may be read after
// the editor is reaped; and a user taps ctrl+c twice (80 to 400 ms
// apart) to be sure an editor stops.
const holdGrace = time.Second

var (
	editorsRunning atomic.Int32
	editorEnded    atomic.Int64 // when the last editor ended, in Unix nanoseconds
)

// HoldsInterrupts reports whether SIGINT and SIGQUIT now belong to an
// editor the browser runs (and for a moment after it ends): the command
// line then ignores them, as git does while its editor runs, so ctrl+c
// meant for the editor does not also end the browser.
func HoldsInterrupts() bool {
	return editorsRunning.Load() > 0 || time.Since(time.Unix(0, editorEnded.Load())) < holdGrace
}

// editorRun is the editor as Bubble Tea runs it, on the terminal, while
// the browser holds SIGINT and SIGQUIT. They are caught, not ignored: an
// ignored signal would stay ignored in the editor too.
type editorRun struct{ cmd *exec.Cmd }

func (e editorRun) Run() error {
	held := make(chan os.Signal, 4)
	signal.Notify(held, os.Interrupt, syscall.SIGQUIT)
	editorsRunning.Add(1)
	defer func() {
		editorEnded.Store(time.Now().UnixNano())
		editorsRunning.Add(-1)
		time.AfterFunc(holdGrace, func() { signal.Stop(held) })
	}()
	if err := e.cmd.Start(); err != nil {
		return err
	}
	go followStops(e.cmd.Process.Pid)
	return e.cmd.Wait()
}

func (e editorRun) SetStdin(r io.Reader) {
	if e.cmd.Stdin == nil {
		e.cmd.Stdin = r
	}
}

func (e editorRun) SetStdout(w io.Writer) {
	if e.cmd.Stdout == nil {
		e.cmd.Stdout = w
	}
}

func (e editorRun) SetStderr(w io.Writer) {
	if e.cmd.Stderr == nil {
		e.cmd.Stderr = w
	}
}
