package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
)

// testWait bounds every wait in these tests.
const testWait = 10 * time.Second

// syncBuffer is a log the server and the test read and write at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// echoCommand prints its arguments and exits with the status named by an
// argument "exit=N"; "flood" writes until the client stops it.
func echoCommand(ctx context.Context, r Request) int {
	if len(r.Args) > 0 && r.Args[0] == "panic" {
		panic("a command's own bug")
	}
	if len(r.Args) > 0 && r.Args[0] == "flood" {
		line := bytes.Repeat([]byte("x"), 1023)
		line = append(line, '\n')
		for ctx.Err() == nil {
			if _, err := r.Stdout.Write(line); err != nil {
				return 1
			}
		}
		return 1
	}
	fmt.Fprintf(r.Stdout, "args=%q mutuals=%d terminal=%v\n", r.Args, len(r.Data.Mutuals), r.Terminal != nil)
	if r.Problem != nil {
		fmt.Fprintf(r.Stdout, "problem=%v\n", r.Problem)
	}
	for _, a := range r.Args {
		var n int
		if _, err := fmt.Sscanf(a, "exit=%d", &n); err == nil {
			return n
		}
	}
	return 0
}

type testServer struct {
	addr   string
	srv    *Server
	log    *syncBuffer
	cancel context.CancelFunc
	done   chan struct{} // closed when Serve has returned
	key    gossh.Signer  // a key the server lets in
	host   gossh.PublicKey
}

// startServer serves the built-in data on a free loopback port, letting
// in one key (or any, with open), until the test ends.
func startServer(t *testing.T, open bool, limits Limits) *testServer {
	t.Helper()
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return startServerOn(t, ds, open, limits)
}

// startServerOn is startServer serving ds.
func startServerOn(t *testing.T, ds *model.Dataset, open bool, limits Limits) *testServer {
	t.Helper()
	return startServerGrace(t, ds, open, limits, time.Second)
}

// startServerGrace is startServerOn giving open sessions grace to end
// once the test stops the server.
func startServerGrace(t *testing.T, ds *model.Dataset, open bool, limits Limits, grace time.Duration) *testServer {
	t.Helper()
	hostKey, _, err := HostKey(filepath.Join(t.TempDir(), "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{log: &syncBuffer{}, done: make(chan struct{}), key: newKey(t), host: hostKey.PublicKey()}
	cfg := Config{HostKey: hostKey, Open: open, Data: NewShared(ds, nil, nil), Limits: limits, Command: echoCommand, Log: ts.log, Version: "test"}
	if !open {
		path := filepath.Join(t.TempDir(), "authorized_keys")
		if err := os.WriteFile(path, gossh.MarshalAuthorizedKey(ts.key.PublicKey()), 0o600); err != nil {
			t.Fatal(err)
		}
		if cfg.Keys, err = ReadAuthorizedKeys(path); err != nil {
			t.Fatal(err)
		}
	}
	ts.srv, err = New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	ts.cancel = cancel
	go func() {
		defer close(ts.done)
		if err := ts.srv.Serve(ctx, ln, grace); err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-ts.done:
		case <-time.After(testWait):
			t.Error("the server did not stop")
		}
	})
	return ts
}

func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial logs in with auth, checking the host key.
func (ts *testServer) dial(auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: "reader", Auth: auth, HostKeyCallback: gossh.FixedHostKey(ts.host), Timeout: testWait,
	})
}

func (ts *testServer) client(t *testing.T) *gossh.Client {
	t.Helper()
	c, err := ts.dial(gossh.PublicKeys(ts.key))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// run runs a command and returns its stdout, stderr and exit status.
func run(t *testing.T, c *gossh.Client, command string) (string, string, int) {
	t.Helper()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out, errs bytes.Buffer
	s.Stdout, s.Stderr = &out, &errs
	err = s.Run(command)
	status := 0
	if ee, ok := err.(*gossh.ExitError); ok {
		status = ee.ExitStatus()
	} else if err != nil {
		t.Fatalf("%s: %v", command, err)
	}
	return out.String(), errs.String(), status
}

// eventually waits for cond, failing after testWait.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(testWait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waited %s for %s", testWait, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// readUntil reads r until it has seen want, or fails after testWait.
func readUntil(t *testing.T, r io.Reader, want string) string {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := r.Read(buf)
			b.Write(buf[:n])
			if strings.Contains(b.String(), want) || err != nil {
				got <- b.String()
				return
			}
		}
	}()
	select {
	case s := <-got:
		if !strings.Contains(s, want) {
			t.Fatalf("never saw %q; got %q", want, s)
		}
		return s
	case <-time.After(testWait):
		t.Fatalf("waited %s for %q", testWait, want)
	}
	return ""
}

// TestMain runs up to eight of the tests at once: each serves on its own
// loopback port, and most of their time is spent waiting on a timeout, a
// grace or the other end of a connection.
func TestMain(m *testing.M) {
	os.Exit(datatest.RunWaiting(m, 8))
}
