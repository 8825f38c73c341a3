package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateOK: validate says ok on stdout, where a script reads it, and
// nothing on stderr (cobra's Printf writes to stderr when no output is set,
// as in the real program).
func TestValidateOK(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = f
	defer func() { os.Stdout = stdout }()
	root := rootCommand(&options{})
	var stderr bytes.Buffer
	root.SetErr(&stderr)
	root.SetArgs([]string{"validate"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	os.Stdout = stdout
	out, _ := os.ReadFile(f.Name())
	if !strings.HasPrefix(string(out), "ok: 17 of 21 or 22 mutuals, 70 sources") || stderr.Len() != 0 {
		t.Errorf("validate: stdout %q, stderr %q", out, stderr.String())
	}
}
