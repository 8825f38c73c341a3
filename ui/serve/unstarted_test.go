package serve

import (
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// dialAs logs in to ts with key.
func (ts *testServer) dialAs(t *testing.T, key gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := ts.dial(gossh.PublicKeys(key))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// One key opening channels it never starts, on as many connections as
// it likes, holds a few of them: another reader is still served, and the
// refusals are logged once.
func TestOneKeyCannotHoldEveryChannel(t *testing.T) {
	t.Parallel()
	limits := Limits{Sessions: 8}
	ts := startServer(t, true, limits)
	hog := newKey(t)
	opened := 0
	for range 3 {
		c := ts.dialAs(t, hog)
		for range sessionsPerConn {
			if _, err := c.NewSession(); err == nil {
				opened++
			}
		}
	}
	if want := limits.withDefaults().unstartedPerKey(); opened != want {
		t.Errorf("one key holds %d channels not started, want %d", opened, want)
	}
	if out, _, status := run(t, ts.dialAs(t, newKey(t)), "list"); status != 0 || !strings.Contains(out, "args=") {
		t.Errorf("another reader beside the hog: status %d, %q", status, out)
	}
	if n := strings.Count(ts.log.String(), "not started"); n != 1 {
		t.Errorf("the refusals logged %d times, want once:\n%s", n, ts.log.String())
	}
}
