//go:build unix

package cli

import (
	"bytes"
	"os"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"golang.org/x/sys/unix"
)

// askBackground asks the terminal on in and out for its background colour
// (OSC 11, then the primary device attributes, which every terminal
// answers, so that one that knows no OSC 11 ends the wait at once). ok is
// false when it cannot be asked or gave no answer within wait.
func askBackground(in, out *os.File, wait time.Duration) (dark, ok bool) {
	fd := int(in.Fd())
	if !term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) || !inForeground(fd) {
		return false, false
	}
	state, err := term.MakeRaw(in.Fd())
	if err != nil {
		return false, false
	}
	defer term.Restore(in.Fd(), state) //nolint:errcheck
	if _, err := out.WriteString(ansi.RequestBackgroundColor + ansi.RequestPrimaryDeviceAttributes); err != nil {
		return false, false
	}
	answer := readAnswer(fd, time.Now().Add(wait))
	return parseBackground(answer)
}

// inForeground reports whether this process's group owns the terminal on
// fd (tcgetpgrp), so that changing its modes stops nothing.
func inForeground(fd int) bool {
	group, err := unix.IoctlGetInt(fd, unix.TIOCGPGRP)
	return err == nil && group == unix.Getpgrp()
}

// readAnswer reads what the terminal sends until the device attributes
// end it (ESC [ ? … c) or the deadline passes.
func readAnswer(fd int, deadline time.Time) []byte {
	var got []byte
	buf := make([]byte, 256)
	for len(got) < 4096 {
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, int(left.Milliseconds())+1)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 || fds[0].Revents&unix.POLLIN == 0 {
			break
		}
		r, err := unix.Read(fd, buf)
		if err != nil || r <= 0 {
			break
		}
		got = append(got, buf[:r]...)
		if i := bytes.Index(got, []byte("\x1b[?")); i >= 0 && bytes.IndexByte(got[i:], 'c') >= 0 {
			break
		}
	}
	return got
}
