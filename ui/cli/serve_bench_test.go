package cli

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"path/filepath"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/serve"
)

// benchServer serves the built-in data on loopback for a benchmark, with
// the rate limit out of the way.
func benchServer(b *testing.B) (addr string, cfg *gossh.ClientConfig) {
	b.Helper()
	ds, err := data.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	hostKey, _, err := serve.HostKey(filepath.Join(b.TempDir(), "host_key"))
	if err != nil {
		b.Fatal(err)
	}
	srv, err := serve.New(serve.Config{HostKey: hostKey, Open: true, Data: serve.NewShared(ds, nil, nil),
		Command: ServedCommand("bench", false), Limits: serve.Limits{PerMinute: 1 << 30}})
	if err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { srv.Serve(ctx, ln, time.Second); close(done) }()
	b.Cleanup(func() { cancel(); <-done })
	_, key, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(key)
	return ln.Addr().String(), &gossh.ClientConfig{User: "bench", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.FixedHostKey(hostKey.PublicKey()), Timeout: 10 * time.Second}
}

func benchRun(b *testing.B, c *gossh.Client, command string) {
	s, err := c.NewSession()
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.Stdout, s.Stderr = io.Discard, io.Discard
	if err := s.Run(command); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkServe is sessions a second on loopback: show leicester run in
// process (the baseline: the command alone), as a session on a connection
// kept open, and as a new connection each time (key exchange and
// authentication included, as a reader's ssh does).
func BenchmarkServe(b *testing.B) {
	b.Run("in-process", func(b *testing.B) {
		ds, _ := data.Embedded()
		ix := model.NewIndex(ds)
		for b.Loop() {
			var out bytes.Buffer
			ServedCommand("bench", false)(context.Background(), serve.Request{Args: []string{"show", "leicester"}, Data: ds, Index: ix, Stdout: &out, Stderr: io.Discard})
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sessions/s")
	})
	b.Run("session", func(b *testing.B) {
		addr, cfg := benchServer(b)
		c, err := gossh.Dial("tcp", addr, cfg)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		for b.Loop() {
			benchRun(b, c, "show leicester")
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sessions/s")
	})
	b.Run("connection", func(b *testing.B) {
		addr, cfg := benchServer(b)
		for b.Loop() {
			c, err := gossh.Dial("tcp", addr, cfg)
			if err != nil {
				b.Fatal(err)
			}
			benchRun(b, c, "show leicester")
			c.Close()
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sessions/s")
	})
}
