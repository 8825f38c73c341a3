package e2e

// mutuals serve driven by the OpenSSH client, on loopback only.

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// served is a running mutuals serve and what a reader needs to reach it.
type served struct {
	cmd     *exec.Cmd
	dir     string // keys, known_hosts, the host key
	addr    string // 127.0.0.1:PORT
	log     *lockedBuffer
	stopped chan struct{}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func needSSH(t *testing.T) {
	t.Helper()
	for _, tool := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH: skipping (CI installs openssh-client)", tool)
		}
	}
}

// keygen makes an ed25519 key pair at path.
func keygen(t *testing.T, path string) {
	t.Helper()
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "reader", "-f", path).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
}

// serveIn starts mutuals serve with its keys in dir (made if missing):
// host_key, and the reader's key id_reader, the only one let in.
func serveIn(t *testing.T, dir string, args ...string) *served {
	t.Helper()
	needSSH(t)
	if _, err := os.Stat(filepath.Join(dir, "id_reader")); err != nil {
		keygen(t, filepath.Join(dir, "id_reader"))
		pub, _ := os.ReadFile(filepath.Join(dir, "id_reader.pub"))
		os.WriteFile(filepath.Join(dir, "authorized_keys"), pub, 0o600)
	}
	s := &served{dir: dir, log: &lockedBuffer{}, stopped: make(chan struct{})}
	all := append([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key"),
		"--authorized-keys", filepath.Join(dir, "authorized_keys")}, args...)
	s.cmd = exec.Command(e2eBinary(t), all...)
	s.cmd.Env = e2eEnv()
	stderr, err := s.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.stop(t) })
	addr := make(chan string, 1)
	go func() { // the log, and the address once the server says it
		lines := bufio.NewReader(stderr)
		serving := regexp.MustCompile(`^serving .* on (127\.0\.0\.1:\d+) `)
		for {
			line, err := lines.ReadString('\n')
			s.log.Write([]byte(line))
			if m := serving.FindStringSubmatch(line); m != nil {
				addr <- m[1]
			}
			if err != nil {
				break
			}
		}
		s.cmd.Wait()
		close(s.stopped)
	}()
	select {
	case s.addr = <-addr:
	case <-s.stopped:
		t.Fatalf("mutuals serve ended before serving:\n%s", s.log.String())
	case <-time.After(e2eWait):
		t.Fatalf("mutuals serve did not start serving within %v:\n%s", e2eWait, s.log.String())
	}
	// The reader's known_hosts holds the server's key: every connection
	// checks it strictly.
	pub, err := exec.Command("ssh-keygen", "-y", "-f", filepath.Join(dir, "host_key")).Output()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "known_hosts"), fmt.Appendf(nil, "[127.0.0.1]:%s %s", s.port(), pub), 0o600)
	return s
}

func (s *served) port() string {
	_, p, _ := net.SplitHostPort(s.addr)
	return p
}

// stop sends SIGTERM and waits up to 5 s for the server to end.
func (s *served) stop(t *testing.T) time.Duration {
	t.Helper()
	start := time.Now()
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.stopped:
	case <-time.After(5 * time.Second):
		s.cmd.Process.Kill()
		t.Errorf("mutuals serve was still running 5 s after SIGTERM; its log:\n%s", s.log.String())
	}
	return time.Since(start)
}

// sshArgs reach the server as the reader, with key and known_hosts, and
// nothing from the user's own configuration.
func (s *served) sshArgs(key string, extra ...string) []string {
	args := []string{"-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
		"-o", "UserKnownHostsFile=" + filepath.Join(s.dir, "known_hosts"), "-o", "IdentitiesOnly=yes",
		"-o", "LogLevel=ERROR", "-i", key, "-p", s.port()}
	return append(append(args, extra...), "127.0.0.1")
}

// ssh runs a command over ssh as the reader, killed if it runs on past
// sshWait (a session that never ends fails its test, not the whole run).
func (s *served) ssh(t *testing.T, command ...string) (stdout, stderr string, code int) {
	t.Helper()
	args := append(append(s.sshArgs(filepath.Join(s.dir, "id_reader"), "-T"), "--"), command...)
	return sshRun(t, args...)
}

const sshWait = 20 * time.Second

func sshRun(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return sshRunEnv(t, nil, args...)
}

// sshRunEnv is sshRun with extra variables (NAME=value) in ssh's
// environment.
func sshRunEnv(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), sshWait)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ssh", args...)
	cmd.Env = e2eEnv(env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("ssh %s ran on past %v", strings.Join(args, " "), sshWait)
	}
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return o.String(), e.String(), cmd.ProcessState.ExitCode()
}

// The printing commands over ssh print what they print here, byte for
// byte, stderr and exit status too.
func TestServeCommandsPrintWhatLocalOnesPrint(t *testing.T) {
	t.Parallel()
	s := serveIn(t, t.TempDir())
	bin := e2eBinary(t)
	var wg sync.WaitGroup
	for _, line := range []string{
		"", "list", "list -f csv", "list service:health -kpmg --sort -date", "list -f json", "list -f toml",
		"show leicester", "show swin -f markdown", "show nosuch",
		"compare swindon leicester", "compare swin leic --fields outcome,became,events -f markdown",
		"stats --by service", "timeline", "timeline -f csv", "validate", "list --sort regoin",
		// help is the reader's own (ui/cli TestServedHelpIsTheReaders)
	} {
		// Each ssh mostly waits (on the network's acknowledgements, not
		// the processor): all of them at once, each in a subtest's own
		// goroutine.
		wg.Go(func() {
			t.Run(cmp.Or(line, "no command"), func(t *testing.T) {
				args := strings.Fields(line)
				lo, le, lc := e2eRun(t, e2eEnv(), append([]string{bin}, args...)...)
				// what to run, for a reader: where help is, how to list the ids
				le = strings.NewReplacer("Try 'mutuals ", "Try 'ssh HOST ", "`mutuals list", "`ssh HOST list").Replace(le)
				ro, re, rc := s.ssh(t, args...)
				if lo != ro || le != re || lc != rc {
					t.Errorf("%s:\nlocal  %d %q %q\nserved %d %q %q", line, lc, le, head(lo), rc, re, head(ro))
				}
			})
		})
	}
	wg.Wait()
}

func head(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

func TestServeRefuses(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	for _, c := range []struct{ command, says string }{
		{"validate /etc", "validate PATH reads files on the server"},
		{"--data /etc list", "--data names files on the server"},
		{"list --data=/etc/passwd", "--data names files on the server"},
		{"init my-register", "init is not served"},
		{"serve --open", "serve is not served"},
		{"completion bash", "completion bash is not served"},
		{"sh -c id", `"sh" is not a command this server runs`},
	} {
		out, errs, code := s.ssh(t, c.command)
		if code == 0 || out != "" || !strings.Contains(errs, c.says) {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want a failure saying %q", c.command, code, head(out), errs, c.says)
		}
	}
	// A key not in authorized_keys.
	stranger := filepath.Join(t.TempDir(), "id_stranger")
	keygen(t, stranger)
	_, errs, code := sshRun(t, append(s.sshArgs(stranger, "-T"), "list")...)
	if code != 255 || !strings.Contains(errs, "Permission denied (publickey)") {
		t.Errorf("a stranger's key: status %d, %q", code, errs)
	}
	// Remote forwarding is refused, and the client says so.
	_, errs, code = sshRun(t, append(s.sshArgs(filepath.Join(s.dir, "id_reader"),
		"-T", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:9"), "list")...)
	if code != 255 || !strings.Contains(errs, "forwarding failed") {
		t.Errorf("-R: status %d, %q", code, errs)
	}
}

// -L: the client listens, and each connection to it asks the server for a
// channel to the target, which the server refuses: nothing comes back
// from the server's own port, which would greet with SSH-2.0.
func TestServeRefusesLocalForwarding(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	local := ln.Addr().String()
	ln.Close() // ssh listens here now; a race with another process is a failed test, not a wrong pass
	args := s.sshArgs(filepath.Join(s.dir, "id_reader"), "-N", "-o", "ExitOnForwardFailure=yes", "-L", local+":"+s.addr)
	args[slices.Index(args, "LogLevel=ERROR")] = "LogLevel=INFO" // ssh says open failed at INFO
	fwd := exec.Command("ssh", args...)
	fwd.Env = e2eEnv()
	var errs lockedBuffer
	fwd.Stderr = &errs
	if err := fwd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { fwd.Process.Kill(); fwd.Wait() }()
	var conn net.Conn
	for deadline := time.Now().Add(e2eWait); ; time.Sleep(50 * time.Millisecond) {
		if conn, err = net.Dial("tcp", local); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("ssh -L never listened: %v\n%s", err, errs.String())
		}
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	got, _ := io.ReadAll(conn)
	if bytes.Contains(got, []byte("SSH-2.0")) {
		t.Errorf("the forwarded connection reached the server's port: %q", got)
	}
	waitLog(t, s, "open failed", &errs)
}

func waitLog(t *testing.T, _ *served, want string, l *lockedBuffer) {
	t.Helper()
	for deadline := time.Now().Add(e2eWait); !strings.Contains(l.String(), want); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("never saw %q in:\n%s", want, l.String())
		}
	}
}

// Thirty readers at once each get their own answer.
func TestServeThirtyAtOnce(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	bin := e2eBinary(t)
	refs := []string{"leicester", "swindon", "newton", "stockport", "hammersmith", "westminster"}
	want := map[string]string{}
	for _, ref := range refs {
		want[ref], _, _ = e2eRun(t, e2eEnv(), bin, "show", ref)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 30)
	for i := range 30 {
		wg.Go(func() {
			ref := refs[i%len(refs)]
			args := append(s.sshArgs(filepath.Join(s.dir, "id_reader"), "-T"), "show", ref)
			cmd := exec.Command("ssh", args...)
			cmd.Env = e2eEnv()
			var out, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &stderr
			if err := cmd.Run(); err != nil || out.String() != want[ref] {
				errs <- fmt.Sprintf("reader %d (show %s): %v %q, %d bytes, want %d", i, ref, err, stderr.String(), out.Len(), len(want[ref]))
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	// a session's line is logged as it ends, which may be just after its
	// reader has had the answer
	logged := func() int { return strings.Count(s.log.String(), "kind=command command=\"show ") }
	for deadline := time.Now().Add(e2eWait); logged() < 30 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if n := logged(); n != 30 {
		t.Errorf("%d sessions logged, want 30", n)
	}
}

// SIGTERM with browsers open: each reader is told, and the server ends
// within 5 s.
func TestServeSIGTERMWithSessionsOpen(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	var readers []*exec.Cmd
	var told []*lockedBuffer
	for range 3 {
		cmd := exec.Command("ssh", s.sshArgs(filepath.Join(s.dir, "id_reader"), "-tt")...)
		cmd.Env = e2eEnv()
		in, _ := cmd.StdinPipe() // held open: the reader types nothing
		defer in.Close()
		screen, errs := &lockedBuffer{}, &lockedBuffer{}
		cmd.Stdout, cmd.Stderr = screen, errs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		readers, told = append(readers, cmd), append(told, errs)
		waitLog(t, s, "\x1b]2;mutuals", screen) // the browser has started: it names the window
	}
	took := s.stop(t)
	t.Logf("stopped %v after SIGTERM", took)
	for i, r := range readers {
		done := make(chan struct{})
		go func() { r.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(e2eWait):
			r.Process.Kill()
			t.Errorf("reader %d's ssh did not end", i)
		}
		if !strings.Contains(told[i].String(), "the server is shutting down") {
			t.Errorf("reader %d was not told: %q", i, told[i].String())
		}
	}
	// Documented: 143, as every command after SIGTERM (128 + 15).
	if code := s.cmd.ProcessState.ExitCode(); code != 143 {
		t.Errorf("mutuals serve exited %d after SIGTERM, want 143", code)
	}
	if n := strings.Count(s.log.String(), `kind=browser status=1 ended=shutdown`); n != 3 {
		t.Errorf("%d sessions logged as ended by the shutdown, want 3:\n%s", n, s.log.String())
	}
}

// The host key is made once and kept: a reader who trusted it on the
// first run connects strictly after a restart.
func TestServeHostKeySurvivesRestart(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	dir := t.TempDir()
	first := serveIn(t, dir)
	if !strings.Contains(first.log.String(), "made a new host key") {
		t.Errorf("the first run did not say it made a key:\n%s", first.log.String())
	}
	fi, err := os.Stat(filepath.Join(dir, "host_key"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode %v, err %v", fi.Mode().Perm(), err)
	}
	trusted, _ := os.ReadFile(filepath.Join(dir, "known_hosts"))
	first.stop(t)
	second := serveIn(t, dir) // rewrites known_hosts: put back the first run's key, on the new port
	if strings.Contains(second.log.String(), "made a new host key") {
		t.Error("the second run made a new host key")
	}
	_, key, _ := strings.Cut(string(trusted), " ")
	os.WriteFile(filepath.Join(dir, "known_hosts"), []byte("[127.0.0.1]:"+second.port()+" "+key), 0o600)
	if out, errs, code := second.ssh(t, "validate"); code != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Errorf("after a restart: status %d, %q %q", code, out, errs)
	}
}

// What else an OpenSSH client may ask for is refused: stdio forwarding
// (-W), a subsystem (-s sftp), and the agent (-A) and X11 (-X) forwarded
// into a session, which the session then runs without.
func TestServeRefusesWhatIsNotReading(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	key := filepath.Join(s.dir, "id_reader")
	agent := "SSH_AUTH_SOCK=" + filepath.Join(t.TempDir(), "agent.sock") // -A wants one
	run := func(extra []string, command ...string) (string, string, int) {
		args := append(append(s.sshArgs(key, extra...), "--"), command...)
		return sshRunEnv(t, []string{agent}, args...)
	}
	if _, errs, code := run([]string{"-W", s.addr}); code == 0 || !strings.Contains(errs, "open failed") && !strings.Contains(errs, "stdio forwarding failed") {
		t.Errorf("-W: status %d, %q", code, errs)
	}
	if _, errs, code := run([]string{"-s", "-T"}, "sftp"); code == 0 {
		t.Errorf("-s sftp: status %d, %q", code, errs)
	}
	if out, errs, code := run([]string{"-A", "-X", "-T"}, "validate"); code != 0 || !strings.HasPrefix(out, "ok: ") {
		t.Errorf("-A -X validate: status %d, %q %q", code, out, errs)
	}
}

// The log names the reader's key as ssh-keygen -l does.
func TestServeLogsTheKeyFingerprint(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir())
	s.ssh(t, "validate")
	out, err := exec.Command("ssh-keygen", "-l", "-f", filepath.Join(s.dir, "id_reader.pub")).Output()
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(string(out)) // 256 SHA256:… reader (ED25519)
	waitLog(t, s, "key="+fields[1]+" addr=127.0.0.1:", s.log)
	waitLog(t, s, `kind=command command="validate" status=0`, s.log)
}

// --max-sessions 1: while one reader browses, the next is told to come
// back later, with status 1; once the first leaves, the next gets in.
func TestServeMaxSessions(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	s := serveIn(t, t.TempDir(), "--max-sessions", "1")
	browser := exec.Command("ssh", s.sshArgs(filepath.Join(s.dir, "id_reader"), "-tt")...)
	browser.Env = e2eEnv()
	in, _ := browser.StdinPipe()
	screen := &lockedBuffer{}
	browser.Stdout, browser.Stderr = screen, io.Discard
	if err := browser.Start(); err != nil {
		t.Fatal(err)
	}
	waitLog(t, s, "\x1b]2;mutuals", screen)
	out, errs, code := s.ssh(t, "list")
	if code == 0 || out != "" || !strings.Contains(errs, "try again in a few minutes") {
		t.Errorf("a second reader: status %d, %q %q", code, head(out), errs)
	}
	io.WriteString(in, "q")
	done := make(chan error, 1)
	go func() { done <- browser.Wait() }()
	select {
	case <-done:
	case <-time.After(e2eWait):
		browser.Process.Kill()
		t.Fatal("q did not end the first reader's browser")
	}
	if _, errs, code := s.ssh(t, "validate"); code != 0 {
		t.Errorf("after the first left: status %d, %q", code, errs)
	}
}

// serve --data DIR --builtin serves a register beside the built-in
// pathfinders: each command prints what it prints here with the same
// flags.
func TestServeRegisterWithBuiltin(t *testing.T) {
	datatest.SkipUnlessHeavy(t) // off the main paths: .ci/run runs it
	t.Parallel()
	bin := e2eBinary(t)
	register := filepath.Join(t.TempDir(), "register")
	if _, errs, code := e2eRun(t, e2eEnv(), bin, "init", register); code != 0 {
		t.Fatalf("init: %d %s", code, errs)
	}
	s := serveIn(t, t.TempDir(), "--data", register, "--builtin")
	for _, line := range []string{"validate", "list", "list service:health", "show example-mutual", "stats --by status"} {
		args := strings.Fields(line)
		lo, le, lc := e2eRun(t, e2eEnv(), append([]string{bin, "--data", register, "--builtin"}, args...)...)
		ro, re, rc := s.ssh(t, args...)
		if lo != ro || le != re || lc != rc {
			t.Errorf("%s:\nlocal  %d %q %q\nserved %d %q %q", line, lc, le, head(lo), rc, re, head(ro))
		}
	}
}
