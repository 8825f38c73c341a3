package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestInitBesideDotFiles: a directory holding only dot-files (an Emacs
// lock, a macOS ._ file) holds no data by the rule loading uses, so init
// writes there.
func TestInitBesideDotFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("user@host.1234:1", filepath.Join(dir, ".#x.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "._x.toml"), []byte{0, 5}, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := run(t, "init", dir); err != nil {
		t.Fatalf("init beside dot-files: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, starterFile)); err != nil {
		t.Error(err)
	}
}

// TestQuoteArgInvalidUTF8: a path that is not UTF-8 pastes back as the
// same bytes, written $'\xff\xfe'; shown as U+FFFD it named nothing.
func TestQuoteArgInvalidUTF8(t *testing.T) {
	for in, want := range map[string]string{
		"\xff\xfe": `$'\xff\xfe'`,
		"a\xffb c": `$'a\xffb c'`,
		"é\xff'\n": `$'é\xff\'\x0a'`,
		"plain":    "plain",
	} {
		if got := quoteArg(in); got != want {
			t.Errorf("quoteArg(%q) = %s, want %s", in, got, want)
		}
	}
}

// fullWriter fails every write, as /dev/full does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestInitOutputFails: when init cannot say what it did (stdout full),
// the error says the register was written, so a retry (refused: the
// directory holds data now) is no surprise.
func TestInitOutputFails(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	t.Setenv("MUTUALS_DATA", "")
	root := rootCommand(&options{noColor: true})
	root.SetOut(fullWriter{})
	var errOut bytes.Buffer
	root.SetErr(&errOut)
	root.SetArgs([]string{"init", dir})
	err := root.Execute()
	if err == nil || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("want the write error, got %v", err)
	}
	if !strings.Contains(err.Error(), "wrote "+filepath.Join(dir, starterFile)) {
		t.Errorf("the error should say the register was written: %v", err)
	}
}

// TestInitUnderAFile: a path through a file is refused saying which
// part is a file; init does not "read".
func TestInitUnderAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := run(t, "init", filepath.Join(file, "sub"))
	if err == nil || strings.Contains(err.Error(), "cannot read") || !strings.Contains(err.Error(), file+" is a file, not a directory") {
		t.Errorf("init under a file: %v", err)
	}
}
