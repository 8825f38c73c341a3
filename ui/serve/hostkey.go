package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// HostKey reads the server's ed25519 host key from path, making it on the
// first run. The key is what readers' ssh remembers in known_hosts: made
// again, every reader would be warned of a man in the middle, so it is kept
// and reused. Like sshd, it refuses a key file others can read.
func HostKey(path string) (signer gossh.Signer, created bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return makeHostKey(path)
	}
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, false, fmt.Errorf("host key %s can be read by others (mode %04o): chmod 600 it", path, fi.Mode().Perm())
	}
	if err := strictModes(path, fi); err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	signer, err = gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w (move it away to make a new one)", path, err)
	}
	if kind := signer.PublicKey().Type(); kind != gossh.KeyAlgoED25519 {
		return nil, false, fmt.Errorf("host key %s is %s: mutuals serve uses ed25519 (move it away to make a new one)", path, kind)
	}
	return signer, false, nil
}

// makeHostKey writes a new key with mode 600, never over a file that
// appeared meanwhile.
func makeHostKey(path string) (gossh.Signer, bool, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, err
	}
	block, err := gossh.MarshalPrivateKey(key, "mutuals serve host key")
	if err != nil {
		return nil, false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if err := pem.Encode(f, block); err != nil {
		f.Close()
		os.Remove(path)
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return nil, false, fmt.Errorf("host key: %w", err)
	}
	signer, err := gossh.NewSignerFromKey(key)
	return signer, true, err
}

// DefaultHostKeyPath is where the host key lives unless --host-key says:
// under the user's data directory ($XDG_DATA_HOME, else ~/.local/share).
func DefaultHostKeyPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no home directory for the host key: give --host-key FILE")
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "mutuals", "ssh_host_ed25519_key"), nil
}
