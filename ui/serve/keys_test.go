package serve

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
)

func TestHostKeyIsMadeOnceWithMode600AndKept(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "sub", "host_key")
	first, created, err := HostKey(path)
	if err != nil || !created {
		t.Fatalf("first run: created %v, err %v", created, err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("the key file's mode is %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	if first.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("the key is %s, want ed25519", first.PublicKey().Type())
	}
	again, created, err := HostKey(path)
	if err != nil || created {
		t.Fatalf("second run: created %v, err %v", created, err)
	}
	if gossh.FingerprintSHA256(again.PublicKey()) != gossh.FingerprintSHA256(first.PublicKey()) {
		t.Error("the host key changed between runs")
	}
	os.Chmod(path, 0o644)
	if _, _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a key others can read was used (err %v)", err)
	}
	os.WriteFile(path, []byte("not a key"), 0o600)
	os.Chmod(path, 0o600)
	if _, _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "move it away") {
		t.Errorf("a file that is no key: err %v", err)
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if p, _ := DefaultHostKeyPath(); p != filepath.Join("/data", "mutuals", "ssh_host_ed25519_key") {
		t.Errorf("with XDG_DATA_HOME: %s", p)
	}
	t.Setenv("XDG_DATA_HOME", "relative") // not absolute: ignored, as the spec says
	t.Setenv("HOME", "/home/reader")
	if p, _ := DefaultHostKeyPath(); p != filepath.Join("/home/reader", ".local", "share", "mutuals", "ssh_host_ed25519_key") {
		t.Errorf("without XDG_DATA_HOME: %s", p)
	}
}

func TestAuthorizedKeysFile(t *testing.T) {
	t.Parallel()
	alice, bob := newKey(t), newKey(t)
	line := func(k gossh.Signer) string {
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.PublicKey())))
	}
	path := filepath.Join(t.TempDir(), "authorized_keys")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ file, err string }{
		{"", "holds no public key"},
		{"# only a comment\n", "holds no public key"},
		{"\n" + line(alice) + "\nssh-ed25519 AAAAnotbase64\n", ":3: not a public key"},
		{`from="10.0.0.0/8" ` + line(alice) + "\n", `:1: option from="10.0.0.0/8" is not supported`},
		{`command="/bin/sh" ` + line(alice) + "\n", ":1: option command="},
		{"\x1b[31mred " + line(alice) + "\n", ":1: option ␛[31mred is not supported"}, // shown, not obeyed
	} {
		write(c.file)
		if _, err := ReadAuthorizedKeys(path); err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%q: err %v, want %q", c.file, err, c.err)
		}
	}
	write("restrict,no-pty " + line(alice) + " alice@laptop\n")
	keys, err := ReadAuthorizedKeys(path)
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := keys.Allows(alice.PublicKey()); !ok {
		t.Error("alice's key was refused")
	}
	if ok, _ := keys.Allows(bob.PublicKey()); ok {
		t.Error("bob's key got in before it was added")
	}
	// Added without a restart; the file's time may not change within its
	// resolution, its size does.
	write(line(alice) + "\n" + line(bob) + "\n")
	if ok, err := keys.Allows(bob.PublicKey()); !ok {
		t.Errorf("bob's key was refused after it was added (err %v)", err)
	}
	// A file broken, emptied or deleted lets no one in (fail closed),
	// and its error is reported once, not at every attempt.
	for _, broken := range []func(){
		func() { write("garbage\n") },
		func() { write("") },
		func() { os.Remove(path) },
		func() { os.Chmod(filepath.Dir(path), 0o777) }, // a directory anyone can write
	} {
		write(line(alice) + "\n")
		os.Chmod(filepath.Dir(path), 0o700)
		if os.Getuid() == 0 { // only root can give a file away
			write(line(alice) + "\n")
			os.Chown(path, 65534, 65534)
			if _, err := ReadAuthorizedKeys(path); err == nil || !strings.Contains(err.Error(), "owned by another user") {
				t.Errorf("a file another user owns: err %v", err)
			}
			os.Chown(path, 0, 0)
		}
		if ok, err := keys.Allows(alice.PublicKey()); !ok || err != nil {
			t.Fatalf("alice's key, mended: allowed %v, err %v", ok, err)
		}
		broken()
		if ok, err := keys.Allows(alice.PublicKey()); ok || err == nil {
			t.Errorf("a broken file: allowed %v, err %v; want refused, with an error", ok, err)
		}
		if ok, err := keys.Allows(alice.PublicKey()); ok || err != nil {
			t.Errorf("a broken file, again: allowed %v, err %v; want refused, the error said once", ok, err)
		}
	}
	os.Chmod(filepath.Dir(path), 0o700)
	if os.Getuid() == 0 { // only root can give a file away
		write(line(alice) + "\n")
		os.Chown(path, 65534, 65534)
		if _, err := ReadAuthorizedKeys(path); err == nil || !strings.Contains(err.Error(), "owned by another user") {
			t.Errorf("a file another user owns: err %v", err)
		}
		os.Chown(path, 0, 0)
	}
	write(line(alice) + "\n")
	os.Chmod(path, 0o666)
	if _, err := ReadAuthorizedKeys(path); err == nil || !strings.Contains(err.Error(), "chmod go-w") {
		t.Errorf("a file others can write: err %v", err)
	}
}

func TestSharedDataReloadsAndTellsSessions(t *testing.T) {
	t.Parallel() // it waits out a timeout or the watcher: beside the others
	builtin, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "register.toml")
	write := func(n int) { // the first n built-in records, as a data file
		t.Helper()
		var b bytes.Buffer
		ms := make([]*model.Mutual, n)
		for i := range ms {
			ms[i] = &builtin.Mutuals[i]
		}
		if err := format.NewOutput(&b, true, 80, format.TOML).PrintList(builtin, ms); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(3)
	load := func(ctx context.Context) (*model.Dataset, error) { return data.Load(ctx, []string{dir}, nil) }
	ds, err := load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sh := NewShared(ds, []string{dir}, load)
	told := make(chan struct{}, 4)
	stop := sh.OnChange(func() { told <- struct{}{} })
	defer stop()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	reloads := make(chan error, 4)
	if err := sh.Watch(ctx, func(err error) { reloads <- err }); err != nil {
		t.Fatal(err)
	}
	before, ix := sh.Current()
	write(2)
	select {
	case <-told:
	case <-time.After(testWait):
		t.Fatal("a change to the files was not reloaded")
	}
	after, ix2 := sh.Current()
	if after == before || ix2 == ix || len(after.Mutuals) != 2 {
		t.Errorf("the dataset was not swapped: %d mutuals", len(after.Mutuals))
	}
	if len(before.Mutuals) != 3 {
		t.Error("the old dataset, still read by sessions, was changed")
	}
	<-reloads
	os.WriteFile(file, []byte("[[mutual]\n"), 0o644)
	select {
	case err := <-reloads:
		if err == nil {
			t.Error("a broken file reloaded without an error")
		}
	case <-time.After(testWait):
		t.Fatal("a broken file was not reloaded")
	}
	if now, _ := sh.Current(); now != after {
		t.Error("a broken file replaced the last good data")
	}
}

// Like sshd: a host key of another kind, in a directory others can
// write, or owned by another user is refused.
func TestHostKeyStrictModes(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "keys")
	os.Mkdir(dir, 0o700)
	path := filepath.Join(dir, "host_key")
	if _, _, err := HostKey(path); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o777)
	if _, _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "which others can write") {
		t.Errorf("a key in a directory anyone can write: err %v", err)
	}
	os.Chmod(dir, 0o700)
	if os.Getuid() == 0 { // only root can give a file away
		os.Chown(path, 65534, 65534)
		if _, _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "owned by another user") {
			t.Errorf("a key another user owns: err %v", err)
		}
		os.Chown(path, 0, 0)
	}
	rsa, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(rsa, "")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, pem.EncodeToMemory(block), 0o600)
	if _, _, err := HostKey(path); err == nil || !strings.Contains(err.Error(), "ed25519") {
		t.Errorf("an RSA host key: err %v", err)
	}
}
