package cli

import (
	"errors"
	"os"
	"sync"
	"syscall"
)

// stdoutWriter is stdout as every command, help, --version and completion
// write it. It keeps the first write error, so that a run whose output
// could not be written ends with one message and status 1 (a full disk,
// a closed terminal), or, for a closed pipe (mutuals list | head -1),
// quietly with 0: whichever library did the writing, and whether or not
// it returned the error.
type stdoutWriter struct {
	f    *os.File
	mu   sync.Mutex
	err  error
	tidy tidyLines // help, to a pipe or a file
}

// helpFollows says that help is written next: to a pipe or a file it is
// tidied (see tidyHelp).
func (s *stdoutWriter) helpFollows() { s.tidy.on = !interactive(s.f) }

// endHelp writes what help left without a line break.
func (s *stdoutWriter) endHelp() { s.tidy.end(s.write) }

func (s *stdoutWriter) Write(p []byte) (int, error) {
	if s.tidy.on {
		return s.tidy.write(s.write, p)
	}
	return s.write(p)
}

func (s *stdoutWriter) write(p []byte) (int, error) {
	n, err := s.f.Write(p)
	if err != nil {
		s.mu.Lock()
		if s.err == nil {
			s.err = err
		}
		s.mu.Unlock()
	}
	return n, err
}

// Read, Close and Fd make it a terminal's file to those that look for one
// (colour profiles, widths).
func (s *stdoutWriter) Read(p []byte) (int, error) { return s.f.Read(p) }
func (s *stdoutWriter) Close() error               { return s.f.Close() }
func (s *stdoutWriter) Fd() uintptr                { return s.f.Fd() }

// failed is the first write error, or nil (also for no writer).
func (s *stdoutWriter) failed() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// explainedWrite is a failed write of stdout that a command has said
// more of than "cannot write the output" (init: the register was written
// all the same): it is reported as it stands.
type explainedWrite struct{ error }

func (e explainedWrite) Unwrap() error { return e.error }

// writeFailure is how a run whose output failed ends: nil for a closed
// pipe, else one error for the handler to report.
func writeFailure(err error) error {
	if errors.Is(err, syscall.EPIPE) {
		return nil
	}
	return failure{errors.New("cannot write the output: " + err.Error())}
}

// isStdout reports whether w is the process's stdout.
func isStdout(w any) bool {
	if s, ok := w.(*stdoutWriter); ok {
		return s.f == os.Stdout
	}
	return w == os.Stdout
}
