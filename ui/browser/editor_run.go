package browser

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"sync"
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
//
// Its stderr passes through the browser on its way to the terminal, so
// that what a failing editor said last can be shown once the browser has
// drawn over it.
type editorRun struct {
	cmd    *exec.Cmd
	stderr io.Writer // the terminal
	mu     sync.Mutex
	last   string // the last line with text written to stderr
	part   []byte // what follows the last line break
}

func newEditorRun(cmd *exec.Cmd) *editorRun { return &editorRun{cmd: cmd, stderr: os.Stderr} }

// lastWordsWait bounds how long, after the editor exits, the browser
// waits for the rest of its stderr: a process it started may keep the
// pipe open.
const lastWordsWait = 200 * time.Millisecond

func (e *editorRun) Run() error {
	held := make(chan os.Signal, 4)
	signal.Notify(held, os.Interrupt, syscall.SIGQUIT)
	editorsRunning.Add(1)
	defer func() {
		editorEnded.Store(time.Now().UnixNano())
		editorsRunning.Add(-1)
		time.AfterFunc(holdGrace, func() { signal.Stop(held) })
	}()
	r, w, err := os.Pipe()
	if err != nil {
		r, w = nil, nil
		e.cmd.Stderr = e.stderr
	} else {
		e.cmd.Stderr = w
	}
	err = e.cmd.Start()
	if w != nil {
		w.Close()
	}
	if err != nil {
		if r != nil {
			r.Close()
		}
		return err
	}
	go followStops(e.cmd.Process.Pid)
	done := make(chan struct{})
	if r != nil {
		go e.pass(r, done)
	} else {
		close(done)
	}
	err = e.cmd.Wait()
	select {
	case <-done:
	case <-time.After(lastWordsWait):
	}
	return err
}

// pass copies the editor's stderr to the terminal, keeping its last line.
// The read end stays open until every writer has gone, so nothing the
// editor started is killed by SIGPIPE.
func (e *editorRun) pass(r *os.File, done chan<- struct{}) {
	defer close(done)
	defer r.Close()
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			_, _ = e.stderr.Write(buf[:n])
			e.keep(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

// keep notes the last line with text in p, bounded in size.
func (e *editorRun) keep(p []byte) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.part = append(e.part, p...)
	lines := bytes.Split(e.part, []byte("\n"))
	for _, l := range lines[:len(lines)-1] {
		if t := bytes.TrimSpace(l); len(t) > 0 {
			e.last = string(t[:min(len(t), 512)])
		}
	}
	e.part = append(e.part[:0], lines[len(lines)-1]...)
	if len(e.part) > 4096 {
		e.part = e.part[len(e.part)-4096:]
	}
}

// lastWords is the last line with text the editor wrote on stderr,
// including one it did not end.
func (e *editorRun) lastWords() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	if t := bytes.TrimSpace(e.part); len(t) > 0 {
		return string(t[:min(len(t), 512)])
	}
	return e.last
}

func (e *editorRun) SetStdin(r io.Reader) {
	if e.cmd.Stdin == nil {
		e.cmd.Stdin = r
	}
}

func (e *editorRun) SetStdout(w io.Writer) {
	if e.cmd.Stdout == nil {
		e.cmd.Stdout = w
	}
}

func (e *editorRun) SetStderr(w io.Writer) { e.stderr = w }
