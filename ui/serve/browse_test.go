package serve

import (
	"encoding/binary"
	"io"
	"os"
	"regexp"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// browser opens the browser with a pipe for keys and one for the screen.
func openBrowser(t *testing.T, c *gossh.Client, cols, rows int) (*gossh.Session, io.Writer, io.Reader) {
	s, keys, screen, _ := openBrowserErrs(t, c, cols, rows)
	return s, keys, screen
}

// openBrowserErrs is openBrowser that also keeps what the session says
// on stderr.
func openBrowserErrs(t *testing.T, c *gossh.Client, cols, rows int) (*gossh.Session, io.Writer, io.Reader, *syncBuffer) {
	t.Helper()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Setenv("NO_COLOR", "1"); err != nil {
		t.Fatal(err)
	}
	if err := s.RequestPty("xterm-256color", rows, cols, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	keys, err := s.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	screen, err := s.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	errs := &syncBuffer{}
	s.Stderr = errs
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	return s, keys, screen, errs
}

func waitExit(t *testing.T, s *gossh.Session) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- s.Wait() }()
	select {
	case err := <-done:
		if ee, ok := err.(*gossh.ExitError); ok {
			return ee.ExitStatus()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(testWait):
		pprof.Lookup("goroutine").WriteTo(os.Stderr, 1) // where it waits, should this ever fail
		t.Fatal("the session did not end")
	}
	return -1
}

func TestBrowserSessionSearchesAndQuits(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	s, keys, screen := openBrowser(t, ts.client(t), 100, 30)
	readUntil(t, screen, "Swindon")
	io.WriteString(keys, "/leicester")
	readUntil(t, screen, "leicester")
	// enter keeps the search and leaves the bar (esc would, but an esc
	// and an e read together are alt+e)
	io.WriteString(keys, "\r")
	io.WriteString(keys, "e")
	readUntil(t, screen, "read-only")
	io.WriteString(keys, "q")
	go io.Copy(io.Discard, screen)
	if status := waitExit(t, s); status != 0 {
		t.Errorf("q ended the browser with status %d", status)
	}
	eventually(t, "the log line", func() bool { return strings.Contains(ts.log.String(), "kind=browser") })
}

// Any size a terminal claims, and a storm of changes, leave the server
// serving: the screen drawn is bounded whatever the client says.
func TestAnyTerminalSizeAndResizeStorms(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	for _, size := range [][2]int{{1, 1}, {10000, 10000}, {0, 0}, {1 << 20, 3}} {
		s, keys, screen := openBrowser(t, c, size[0], size[1])
		go io.Copy(io.Discard, screen)
		for i := range 500 {
			w := uint32(i*37%10001 + 1)
			h := uint32(i*91%10001 + 1)
			if i%2 == 0 {
				w, h = 1, 1
			}
			payload := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, w), h)
			payload = append(payload, make([]byte, 8)...)
			if _, err := s.SendRequest("window-change", false, payload); err != nil {
				t.Fatal(err)
			}
		}
		start := time.Now()
		io.WriteString(keys, "q")
		if status := waitExit(t, s); status != 0 {
			t.Errorf("%dx%d: status %d", size[0], size[1], status)
		} else {
			t.Logf("%dx%d ended %v after q", size[0], size[1], time.Since(start))
		}
	}
	if _, _, status := run(t, c, "list"); status != 0 {
		t.Error("the server stopped serving after the storms")
	}
}

func TestClampSize(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ w, h, cols, rows int }{
		{0, 0, 80, 24}, {1, 1, 1, 1}, {80, 24, 80, 24}, {10000, 10000, maxCols, maxRows}, {-5, 1 << 30, 80, maxRows}, {0, 3, 80, 3},
	} {
		cols, rows := clampSize(sshWindow(c.w, c.h))
		if cols != c.cols || rows != c.rows {
			t.Errorf("%dx%d: got %dx%d, want %dx%d", c.w, c.h, cols, rows, c.cols, c.rows)
		}
	}
}

func sshWindow(w, h int) ssh.Window { return ssh.Window{Width: w, Height: h} }

// y copies to the reader's own clipboard: OSC 52 goes to the client's
// terminal, never to the server's.
func TestCopyGoesToTheReader(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	s, keys, screen := openBrowser(t, ts.client(t), 120, 40)
	readUntil(t, screen, "shown")
	io.WriteString(keys, "y")
	readUntil(t, screen, "\x1b]52;c;")
	io.WriteString(keys, "q")
	go io.Copy(io.Discard, screen)
	if status := waitExit(t, s); status != 0 {
		t.Errorf("status %d", status)
	}
}

// colour is a foreground or background colour set with SGR.
var colour = regexp.MustCompile(`\x1b\[[0-9;]*[34]8;[25];`)

// The colours follow the reader's terminal: NO_COLOR sent with the
// session turns them off; without it, xterm-256color gets colour.
func TestColoursFollowTheReader(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	for _, noColor := range []bool{true, false} {
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if noColor {
			s.Setenv("NO_COLOR", "1")
		}
		s.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{})
		keys, _ := s.StdinPipe()
		screen, _ := s.StdoutPipe()
		if err := s.Shell(); err != nil {
			t.Fatal(err)
		}
		got := readUntil(t, screen, "shown")
		if coloured := colour.MatchString(got); coloured == noColor {
			t.Errorf("NO_COLOR %v: colour on screen %v", noColor, coloured)
		}
		io.WriteString(keys, "q")
		go io.Copy(io.Discard, screen)
		waitExit(t, s)
	}
}
