package browser

import (
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// cldStopped is waitid's code for a child stopped by a signal.
const cldStopped = 5

// stopSettle bounds how long the browser waits, once the editor has
// stopped, for the rest of its job (an editor under sh -c) to stop too:
// an editor that catches ctrl+z puts the terminal back before it stops.
const stopSettle = 300 * time.Millisecond

// followStops stops the browser when the editor it waits for is stopped
// (ctrl+z in the editor), so the shell sees the whole job stopped and
// takes the terminal back, as it does for git and its editor; when the
// browser is continued (fg, or kill -CONT), it continues the editor. It
// returns when the editor has exited. The editor runs in the browser's
// process group, so the stop reaches both from the terminal.
func followStops(pid int) {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, unix.SIGCONT)
	defer signal.Stop(cont)
	for {
		var info unix.Siginfo
		// WNOWAIT: the exit is left for exec.Cmd.Wait to collect
		err := unix.Waitid(unix.P_PID, pid, &info, unix.WSTOPPED|unix.WEXITED|unix.WNOWAIT, nil)
		if err == unix.EINTR {
			continue
		}
		if err != nil || info.Code != cldStopped {
			return
		}
		if !canSuspend() { // nothing would continue the browser: wait for the editor's own continue
			for stopped(pid) {
				time.Sleep(50 * time.Millisecond)
			}
			continue
		}
		awaitJobStop(unix.Getpgrp(), os.Getpid())
		for len(cont) > 0 {
			<-cont
		}
		_ = unix.Kill(os.Getpid(), unix.SIGSTOP)
		<-cont            // the stop has happened and ended: fg, or kill -CONT
		if stopped(pid) { // only the browser was continued
			_ = unix.Kill(-unix.Getpgrp(), unix.SIGCONT)
		}
	}
}

// stopped reports whether the process pid is stopped.
func stopped(pid int) bool {
	state, ok := stateOf(strconv.Itoa(pid))
	return ok && state.stopped
}

// awaitJobStop waits, within stopSettle, until every other process of the
// process group is stopped.
func awaitJobStop(group, self int) {
	for deadline := time.Now().Add(stopSettle); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if allStopped(group, self) {
			return
		}
	}
}

// allStopped reports whether every process of group but self is stopped,
// by what /proc says of each.
func allStopped(group, self int) bool {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return true
	}
	for _, e := range entries {
		if e.Name() == strconv.Itoa(self) {
			continue
		}
		if state, ok := stateOf(e.Name()); ok && state.group == group && !state.stopped {
			return false
		}
	}
	return true
}

type procState struct {
	group   int
	stopped bool // stopped, or ended: nothing more will stop
}

// stateOf is what /proc says of the process pid: its group, and whether
// it is stopped.
func stateOf(pid string) (procState, bool) {
	stat, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return procState{}, false
	}
	// pid (comm) state ppid pgrp …: comm may hold spaces and parentheses
	i := strings.LastIndex(string(stat), ") ")
	if i < 0 {
		return procState{}, false
	}
	f := strings.Fields(string(stat[i+2:]))
	if len(f) < 3 {
		return procState{}, false
	}
	group, err := strconv.Atoi(f[2])
	return procState{group: group, stopped: strings.Contains("TtZX", f[0])}, err == nil
}
