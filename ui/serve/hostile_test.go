package serve

import (
	"bytes"
	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/data/loadtest"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// Hostile clients: each leaves the server serving, and holding no more
// than its bounds.

func TestGarbageBeforeTheHandshake(t *testing.T) { // not parallel: it sets a timeout the package holds
	datatest.SkipUnlessHeavy(t) // waits out timeouts, off the main paths: .ci/run runs it
	old := handshakeTimeout
	handshakeTimeout = 300 * time.Millisecond // some junk waits for more
	defer func() { handshakeTimeout = old }()
	ts := startServer(t, false, Limits{})
	for _, junk := range [][]byte{
		[]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"),
		bytes.Repeat([]byte{0xff}, 1<<16),
		[]byte("SSH-2.0-x\r\n" + strings.Repeat("\x00", 4096)),
		[]byte("SSH-1.5-old\r\n"),
	} {
		c, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		c.Write(junk)
		c.SetReadDeadline(time.Now().Add(testWait))
		io.Copy(io.Discard, c) // until the server closes it
		c.Close()
	}
	if _, _, status := run(t, ts.client(t), "list"); status != 0 {
		t.Error("the server stopped serving after garbage")
	}
}

func TestEnvironmentFlood(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	s, err := ts.client(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	refused := 0
	for i := range 1000 {
		if s.Setenv("V"+strings.Repeat("x", i%10), "y") != nil {
			refused++
		}
	}
	if refused != 1000-maxEnv {
		t.Errorf("%d of 1000 variables refused, want %d", refused, 1000-maxEnv)
	}
	if s.Setenv("BIG", strings.Repeat("x", 10000)) == nil {
		t.Error("a 10 kB variable was kept")
	}
	var out bytes.Buffer
	s.Stdout = &out
	if err := s.Run("list"); err != nil || !strings.Contains(out.String(), "list") {
		t.Errorf("after the flood: %v %q", err, out.String())
	}
}

func TestChannelThatNeverStarts(t *testing.T) { // not parallel: it sets a timeout the package holds
	old := startWithin
	startWithin = 200 * time.Millisecond
	defer func() { startWithin = old }()
	ts := startServer(t, false, Limits{})
	s, err := ts.client(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	in, _ := s.StdinPipe()
	wrote := make(chan error, 1)
	go func() { // blocks once the window is full, until the channel closes
		_, err := in.Write(make([]byte, 4<<20))
		wrote <- err
	}()
	select {
	case err := <-wrote:
		if err == nil {
			t.Error("4 MiB went into a channel nothing reads")
		}
	case <-time.After(testWait):
		t.Fatal("a channel that never started was kept open")
	}
}

func TestHugeCommandAndHostileNames(t *testing.T) {
	t.Parallel()
	ts := startServer(t, true, Limits{})
	c, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: "evil\x1b[31m\nuser=root", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
		HostKeyCallback: gossh.FixedHostKey(ts.host), Timeout: testWait,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	huge := "list " + strings.Repeat("a", 200000)
	if _, errs, status := run(t, c, huge); status != 2 || !strings.Contains(errs, "the most this server reads is 8192") {
		t.Errorf("a 200 kB command: status %d, %q", status, errs)
	}
	run(t, c, "list \x1b]52;c;aGk=\x07\nsession start=forged")
	eventually(t, "two log lines", func() bool { return strings.Count(ts.log.String(), "kind=command") == 2 })
	for _, line := range strings.Split(strings.TrimSpace(ts.log.String()), "\n") {
		if strings.ContainsAny(line, "\x1b\x07") || len(line) > 1000 {
			t.Errorf("a log line holds a control character or runs to %d bytes: %q", len(line), line)
		}
		if !strings.Contains(line, " session start=") {
			t.Errorf("a line that is not a session's: %q", line)
		}
	}
}

func TestChannelsAtOnceAreBounded(t *testing.T) {
	t.Parallel()
	ts := startServer(t, true, Limits{Sessions: 4})
	opened := 0
	for range 8 {
		c := ts.dialAs(t, newKey(t)) // a key holds only a few unstarted
		for range sessionsPerConn {
			if _, err := c.NewSession(); err == nil {
				opened++
			}
		}
	}
	if want := (Limits{Sessions: 4}).channels(); opened != want {
		t.Errorf("%d channels open at once, want %d", opened, want)
	}
}

func TestConnectionsAtOnceAreBounded(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{Sessions: 1, PerMinute: 1000})
	most := (Limits{Sessions: 1}).connections()
	for range most { // logged in, so they wait for no place
		ts.client(t)
	}
	eventually(t, "the connections counted", func() bool { return ts.srv.conns.count() == most })
	c, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(testWait))
	if n, _ := c.Read(make([]byte, 64)); n > 0 {
		t.Error("a connection over the bound was greeted")
	}
	eventually(t, "the refusal logged", func() bool { return strings.Contains(ts.log.String(), "open, the most") })
}

// A browser whose reader stops reading while it asks for frame after
// frame (paging through a thousand records) is cut off once its SSH
// window (2 MiB) is full, not buffered for. (TestClientThatStopsReading
// holds a command to it in every run.)
func TestBrowserThatStopsReading(t *testing.T) {
	t.Parallel()
	datatest.SkipUnlessHeavy(t) // 2 MiB of frames take seconds to draw
	ds, err := loadtest.Load(t, "synthetic.toml", datatest.Synthetic(1000, 1))
	if err != nil {
		t.Fatal(err)
	}
	ts := startServerOn(t, ds, false, Limits{Stall: 300 * time.Millisecond})
	_, keys, _ := openBrowser(t, ts.client(t), maxCols, maxRows) // its screen is never read
	eventually(t, "the browser open", func() bool { return ts.srv.Sessions() == 1 })
	deadline := time.Now().Add(testWait)
	for i := 0; time.Now().Before(deadline) && ts.srv.Sessions() > 0; i++ {
		page := "\x1b[6~" // page down, then up at the end
		if i/20%2 == 1 {
			page = "\x1b[5~"
		}
		if _, err := io.WriteString(keys, page); err != nil {
			break // the connection is closed: what is wanted
		}
		time.Sleep(5 * time.Millisecond)
	}
	eventually(t, "the stalled browser closed", func() bool {
		return ts.srv.Sessions() == 0 && strings.Contains(ts.log.String(), "ended=stalled")
	})
}

// A reader flooding its browser with keys is slowed by its own SSH
// window; others are served meanwhile.
func TestKeyFloodLeavesOthersServed(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	_, keys, screen := openBrowser(t, ts.client(t), 120, 40)
	go io.Copy(io.Discard, screen)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		flood := bytes.Repeat([]byte("jk/x\x1b?q"), 1024) // q on the help screen goes back, not out
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := keys.Write(flood); err != nil {
				return
			}
		}
	}()
	c := ts.client(t)
	done := make(chan int, 1)
	go func() { // no t.Fatal off the test's goroutine
		status := 0
		for range 5 {
			s, err := c.NewSession()
			if err == nil {
				err = s.Run("list")
				s.Close()
			}
			if err != nil {
				status = 1
			}
		}
		done <- status
	}()
	select {
	case status := <-done:
		if status != 0 {
			t.Errorf("a command during the flood: status %d", status)
		}
	case <-time.After(testWait): // a hang, not a measure of speed
		t.Fatal("commands were not served during a key flood")
	}
}

// A command too big for an SSH packet breaks the connection in the
// library, before any session: the log says so.
func TestCommandBeyondAPacketIsLogged(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	s.Start("list " + strings.Repeat("a", 1<<20)) // fails: the connection breaks
	eventually(t, "the broken connection logged", func() bool { return strings.Contains(ts.log.String(), "connection from 127.0.0.1") })
}
