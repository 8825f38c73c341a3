package browser

import (
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// TestFollowStopsWithoutJobControl: where nothing could continue the
// browser (no job-control shell above it), an editor stopped from
// outside does not stop the browser; it waits for the editor to go on,
// and returns once the editor has exited.
func TestFollowStopsWithoutJobControl(t *testing.T) {
	t.Parallel() // it waits, mostly: beside the tests that compute
	if canSuspend() {
		t.Skip("run under a job-control shell: following the stop would stop the test")
	}
	cmd := exec.Command("sleep", "30")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { followStops(cmd.Process.Pid); close(done) }()
	if err := cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the browser, stopped, would not get here
	_ = cmd.Process.Signal(syscall.SIGCONT)
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("followStops did not return after the editor exited")
	}
}
