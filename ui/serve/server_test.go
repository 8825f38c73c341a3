package serve

import (
	"context"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"github.com/mutuals/mutuals/model"
)

func TestCommandGetsArgsDataAndStatus(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	out, errs, status := run(t, c, "list 'adult social' exit=3")
	if want := `args=["list" "adult social" "exit=3"] mutuals=17 terminal=false` + "\n"; out != want || errs != "" || status != 3 {
		t.Errorf("got %q %q %d, want %q with status 3", out, errs, status, want)
	}
	eventually(t, "the log line", func() bool { return strings.Contains(ts.log.String(), "status=3") })
	line := ts.log.String()
	for _, want := range []string{"session start=", " end=", `user="reader"`, "key=" + gossh.FingerprintSHA256(ts.key.PublicKey()), "addr=127.0.0.1:", "kind=command", `command="list 'adult social' exit=3"`} {
		if !strings.Contains(line, want) {
			t.Errorf("log line lacks %q:\n%s", want, line)
		}
	}
}

func TestAuthentication(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	if _, err := ts.dial(gossh.PublicKeys(newKey(t))); err == nil {
		t.Error("a key not in authorized_keys got in")
	}
	if _, err := ts.dial(gossh.Password("secret")); err == nil {
		t.Error("a password got in")
	}
	asked := false
	if _, err := ts.dial(gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
		asked = true
		return nil, nil
	})); err == nil || asked {
		t.Errorf("keyboard-interactive was offered (asked %v, err %v)", asked, err)
	}
	if _, err := ts.dial(); err == nil {
		t.Error("no authentication got in")
	}
	open := startServer(t, true, Limits{})
	c, err := open.dial(gossh.PublicKeys(newKey(t)))
	if err != nil {
		t.Fatalf("--open refused a key: %v", err)
	}
	c.Close()
	if _, err := open.dial(gossh.Password("")); err == nil {
		t.Error("--open let in a password")
	}
}

func TestNothingButSessions(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	c := ts.client(t)
	if _, err := c.Dial("tcp", ts.addr); err == nil {
		t.Error("local port forwarding (direct-tcpip) was allowed")
	}
	if _, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		t.Error("remote port forwarding (tcpip-forward) was allowed")
	}
	if _, _, err := c.OpenChannel("direct-streamlocal@openssh.com", gossh.Marshal(struct {
		Path, Reserved string
		Port           uint32
	}{"/run/docker.sock", "", 0})); err == nil {
		t.Error("a unix socket was forwarded (direct-streamlocal)")
	}
	if ok, _, _ := c.SendRequest("streamlocal-forward@openssh.com", true, gossh.Marshal(struct{ Path string }{"reader.sock"})); ok {
		t.Error("remote unix socket forwarding was granted")
	}
	if _, _, err := c.OpenChannel("x11", nil); err == nil {
		t.Error("an x11 channel was opened")
	}
	if _, _, err := c.OpenChannel("auth-agent@openssh.com", nil); err == nil {
		t.Error("an agent channel was opened")
	}
	for _, req := range []string{"auth-agent-req@openssh.com", "x11-req"} {
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.SendRequest(req, true, nil); ok {
			t.Errorf("%s was granted", req)
		}
		s.Close()
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was granted")
	}
	s.Close()
	c.Dial("tcp", ts.addr) // again: logged once a connection
	c.SendRequest("keepalive@openssh.com", true, nil)
	for _, what := range []string{"channel direct-tcpip", "request tcpip-forward", "request streamlocal-forward@openssh.com", "channel x11", "x11-req", "auth-agent-req@openssh.com", "subsystem sftp"} {
		eventually(t, "the refusal of "+what+" logged", func() bool { return strings.Contains(ts.log.String(), "refusing "+what+" to ") })
	}
	if n := strings.Count(ts.log.String(), "refusing channel direct-tcpip"); n != 1 {
		t.Errorf("a refusal logged %d times on one connection, want once", n)
	}
	if strings.Contains(ts.log.String(), "keepalive") {
		t.Error("a keepalive was logged")
	}
}

// A command reads the data as it is when it starts: after a reload, the
// new data.
func TestCommandsReadTheDataReloaded(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	ds, _ := ts.srv.cfg.Data.Current()
	fewer := *ds
	fewer.Mutuals = ds.Mutuals[:3]
	ts.srv.cfg.Data.load = func(context.Context) (*model.Dataset, error) { return &fewer, nil }
	if err := ts.srv.cfg.Data.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	if out, _, _ := run(t, ts.client(t), "list"); !strings.Contains(out, "mutuals=3 ") {
		t.Errorf("after a reload to 3 mutuals: %q", out)
	}
}

// A command with an unclosed quote is refused, not run on the words
// before it.
func TestUnclosedQuoteIsRefused(t *testing.T) {
	t.Parallel()
	ts := startServer(t, false, Limits{})
	out, errs, status := run(t, ts.client(t), "show 'unclosed")
	if out != "" || status != 2 || !strings.Contains(errs, "unclosed quote") {
		t.Errorf("show 'unclosed: %q %q status %d", out, errs, status)
	}
}
