package serve

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"

	"github.com/mutuals/mutuals/model"
)

// AuthorizedKeys are the public keys let in, from a file in sshd's
// authorized_keys format. The file is read again when it changes, so a
// colleague's key can be added without a restart; a file that no longer
// reads (deleted, emptied, broken, open to others) lets no one in until
// it reads again, and the error is logged once.
type AuthorizedKeys struct {
	path string
	mu   sync.Mutex
	keys map[string]bool // by the key's wire form
	mod  time.Time
	size int64
	// failed is the error last returned, so that it is returned once.
	failed string
}

// ReadAuthorizedKeys reads path, saying which line is wrong if one is.
func ReadAuthorizedKeys(path string) (*AuthorizedKeys, error) {
	a := &AuthorizedKeys{path: path}
	if err := a.refresh(); err != nil {
		return nil, err
	}
	return a, nil
}

// Allows reports whether key is one of the file's keys. A file that no
// longer reads (deleted, emptied, broken, or open to others' writes) lets
// no one in until it reads again; its error is returned once, when it
// first appears, so that it is logged once.
func (a *AuthorizedKeys) Allows(key ssh.PublicKey) (bool, error) {
	err := a.refresh()
	a.mu.Lock()
	defer a.mu.Unlock()
	if err != nil {
		a.keys, a.mod, a.size = nil, time.Time{}, 0
		if err.Error() == a.failed {
			err = nil // said already
		} else {
			a.failed = err.Error()
		}
		return false, err
	}
	a.failed = ""
	return a.keys[string(key.Marshal())], nil
}

// refresh reads the file again when its time or size changed.
func (a *AuthorizedKeys) refresh() error {
	fi, err := os.Stat(a.path)
	if err != nil {
		return err
	}
	if err := strictModes(a.path, fi); err != nil {
		return err
	}
	a.mu.Lock()
	same := a.keys != nil && fi.ModTime().Equal(a.mod) && fi.Size() == a.size
	a.mu.Unlock()
	if same {
		return nil
	}
	b, err := os.ReadFile(a.path)
	if err != nil {
		return err
	}
	keys, err := parseAuthorizedKeys(a.path, b)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		return fmt.Errorf("%s holds no public key: add one per line (ssh-keygen makes them; see mutuals serve --help)", a.path)
	}
	a.mu.Lock()
	a.keys, a.mod, a.size = keys, fi.ModTime(), fi.Size()
	a.mu.Unlock()
	return nil
}

// strictModes refuses, as sshd's StrictModes does, a file that someone
// else could change to let themselves in: one others can write, one in a
// directory others can write, or one owned by another user.
func strictModes(path string, fi os.FileInfo) error {
	if fi.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%s can be written by others (mode %04o): chmod go-w it", path, fi.Mode().Perm())
	}
	dir := filepath.Dir(path)
	if di, err := os.Stat(dir); err != nil {
		return err
	} else if di.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%s is in %s, which others can write (mode %04o): chmod go-w it, or move the file", path, dir, di.Mode().Perm())
	}
	if uid, ok := owner(fi); ok && uid != os.Getuid() {
		return fmt.Errorf("%s is owned by another user (uid %d): it must be yours", path, uid)
	}
	return nil
}

// parseAuthorizedKeys reads one key a line. Options that only take away
// (restrict, no-pty, no-port-forwarding…) are accepted, since the server
// grants none of those things; options that narrow who may use a key
// (from=, expiry-time=) or what it runs (command=) are refused, because
// ignoring them would let in more than the file says.
func parseAuthorizedKeys(path string, b []byte) (map[string]bool, error) {
	keys := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, _, options, _, err := gossh.ParseAuthorizedKey([]byte(line))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key (%v): a line reads like ssh-ed25519 AAAA… name", path, n, err)
		}
		for _, o := range options {
			if !narrowsNothing(o) {
				return nil, fmt.Errorf("%s:%d: option %s is not supported by mutuals serve: remove it, or the line", path, n, model.Printable(o))
			}
		}
		keys[string(key.Marshal())] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return keys, nil
}

func narrowsNothing(option string) bool {
	name := strings.ToLower(option)
	return name == "restrict" || strings.HasPrefix(name, "no-")
}

// Fingerprint is how a key is named in the log: SHA256:… as ssh-keygen -l
// prints it.
func Fingerprint(key ssh.PublicKey) string {
	if key == nil {
		return "-"
	}
	return gossh.FingerprintSHA256(key)
}
