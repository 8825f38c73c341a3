package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestHostileSizes loads inputs built to be slow or large: each must load
// or fail with a positioned problem (and finish: go test's timeout bounds
// it; how long each takes is for benchmarks, not for a test to judge).
func TestHostileSizes(t *testing.T) {
	long := strings.Repeat("é", 1<<19) // 1 MiB
	items := make([]string, 100000)
	for i := range items {
		items[i] = fmt.Sprintf("%q", fmt.Sprint("area ", i))
	}
	cases := []struct {
		name, src string
		ok, slow  bool // slow: about 1 s alone, 30 times that under -race
	}{
		{"1 MiB string", goodSource + strings.Replace(goodMutual, `"A co-operative."`, `"`+long+`"`, 1), true, false},
		{"100,000-item array", goodSource + strings.Replace(goodMutual, `["community health"]`, "["+strings.Join(items, ", ")+"]", 1), true, false},
		{"deep arrays", "a = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n", false, false},
		{"deep inline tables", "a = " + strings.Repeat("{b = ", 2000) + "1" + strings.Repeat("}", 2000) + "\n", false, false},
		{"deep table headers", "[" + strings.Repeat("a.", 2000) + "b]\nc = 1\n", false, false},
		{"100,000 keys", "[programme]\n" + strings.Repeat("x = 1\n", 1) + manyKeys(100000), false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.slow {
				datatest.SkipUnlessHeavy(t)
				if raceEnabled {
					t.Skip("slow under -race; .ci/run runs it without")
				}
			}
			ds, err := LoadBytes("big.toml", []byte(tc.src))
			if tc.ok && err != nil {
				t.Fatalf("should load: %.300v", err)
			}
			if !tc.ok {
				var le *LoadError
				if !errors.As(err, &le) || le.Problems[0].Line < 1 {
					t.Fatalf("want a positioned problem, got %.300v", err)
				}
			}
			if tc.ok && len(ds.Mutuals) != 1 {
				t.Fatalf("got %d mutuals", len(ds.Mutuals))
			}
		})
	}
}

func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d = \"v\"\n", i)
	}
	return b.String()
}

// TestHostileFiles: paths that are not plain files each get a problem
// naming the path, and nothing blocks (a FIFO would, if opened).
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop.toml")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	truncated := write(t, dir, "cut.toml", (goodSource + goodMutual)[:60])
	cases := []struct{ path, want string }{
		{loop, "cannot read: too many levels of symbolic links"},
		{fifo, "not a regular file"},
		{truncated, "TOML syntax"},
	}
	for _, tc := range cases {
		done := make(chan error, 1)
		go func() { _, err := Load(context.Background(), []string{tc.path}, nil); done <- err }()
		select {
		case err := <-done:
			var le *LoadError
			if !errors.As(err, &le) || le.Problems[0].File != tc.path || !strings.Contains(le.Problems[0].Message, tc.want) {
				t.Errorf("%s: got %v", tc.path, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the load blocked", tc.path)
		}
	}
}

// TestBigLoads: a file of about 60 MiB and a directory of 100,000 files
// load. They are heavy, and slow under the race detector, which adds
// nothing here, so they run only without it (.ci/run runs them so).
func TestBigLoads(t *testing.T) {
	datatest.SkipUnlessHeavy(t)
	if raceEnabled {
		t.Skip("slow under -race; .ci/run runs it without")
	}
	src := datatest.Synthetic(104000, 2)
	if len(src) < 60<<20 || len(src) > MaxFileSize {
		t.Fatalf("the big file is %d bytes", len(src))
	}
	start := time.Now()
	if ds, err := LoadBytes("big.toml", src); err != nil || len(ds.Mutuals) != 104000 {
		t.Fatalf("60 MiB file: %v", err)
	}
	t.Logf("a %.1f MiB file loaded in %v", float64(len(src))/(1<<20), time.Since(start))

	dir := t.TempDir()
	write(t, dir, "0-sources.toml", goodSource)
	for i := range 100000 {
		write(t, dir, fmt.Sprintf("m%05d.toml", i), strings.Replace(goodMutual, `"swindon"`, fmt.Sprintf(`"m%d"`, i), 1))
	}
	start = time.Now()
	if ds, err := Load(context.Background(), []string{dir}, nil); err != nil || len(ds.Mutuals) != 100000 {
		t.Fatalf("100,000 files: %v", err)
	}
	t.Logf("100,000 files loaded in %v", time.Since(start))
}
