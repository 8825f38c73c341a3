package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteErrors: output that cannot be written (a full disk) ends every
// command, help, --version and completion with status 1 and one message;
// a closed pipe (mutuals list | head -1) ends them with 0 and nothing said.
func TestWriteErrors(t *testing.T) {
	t.Parallel()
	bin := e2eBinary(t)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	for _, args := range [][]string{
		{"--version"}, {"--help"}, {"list", "--help"}, {"help", "list"}, {"completion", "bash"},
		{"list"}, {"show", "leicester"}, {"compare", "swindon", "leicester"}, {"stats"}, {"timeline"},
		{"validate"}, {"list", "--format", "toml"}, {"list", "--format", "json"},
	} {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Env, cmd.Stdout, cmd.Stderr = e2eEnv(), full, &stderr
		err := cmd.Run()
		lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
		if code := cmd.ProcessState.ExitCode(); code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "no space left on device") {
			t.Errorf("mutuals %v > /dev/full: exit %d (%v), stderr %q; want 1 and one line saying why", args, code, err, stderr.String())
		}

		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // the reader is gone, as after head -1
		stderr.Reset()
		cmd = exec.Command(bin, args...)
		cmd.Env, cmd.Stdout, cmd.Stderr = e2eEnv(), w, &stderr
		_ = cmd.Run()
		w.Close()
		if code := cmd.ProcessState.ExitCode(); code != 0 || stderr.Len() != 0 {
			t.Errorf("mutuals %v into a closed pipe: exit %d, stderr %q; want 0 and nothing", args, code, stderr.String())
		}
	}
}

// TestInitWriteError: init whose "wrote … next: …" cannot be written has
// still made the register, and its one message says so, so that the
// retry it would prompt (refused: the directory holds data now) is no
// surprise.
func TestInitWriteError(t *testing.T) {
	t.Parallel()
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	dir := filepath.Join(t.TempDir(), "new")
	var stderr bytes.Buffer
	cmd := exec.Command(e2eBinary(t), "init", dir)
	cmd.Env, cmd.Stdout, cmd.Stderr = e2eEnv(), full, &stderr
	_ = cmd.Run()
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	if code := cmd.ProcessState.ExitCode(); code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "wrote "+filepath.Join(dir, "register.toml")) {
		t.Errorf("init > /dev/full: exit %d, stderr %q; want 1 and one line saying the register was written", code, stderr.String())
	}
}
