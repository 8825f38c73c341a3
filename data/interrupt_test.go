package data

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestBlockingReadIsAProblem: a path that stats as a regular file but
// whose read would wait (/proc/kmsg) is a problem, not a hang.
func TestBlockingReadIsAProblem(t *testing.T) {
	const kmsg = "/proc/kmsg"
	f, err := os.Open(kmsg)
	if err != nil {
		t.Skip("cannot open", kmsg, err)
	}
	f.Close()
	done := make(chan error, 1)
	go func() { _, err := Load(context.Background(), []string{kmsg}, nil); done <- err }()
	select {
	case err := <-done:
		if p := problems(t, err)[0]; !strings.Contains(p.Message, "would wait") && !strings.Contains(p.Message, "no mutuals") {
			t.Errorf("got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the load blocked on", kmsg)
	}
}

// TestLoadStopsWhenCancelled: a cancelled load returns the context's error
// and no dataset, before reading and in the middle of a file.
func TestLoadStopsWhenCancelled(t *testing.T) {
	p := write(t, t.TempDir(), "big.toml", string(datatest.Synthetic(3000, 1)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if ds, err := Load(ctx, []string{p}, nil); ds != nil || !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled before: got %v, %v", ds, err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	seen := 0
	ds, err := Load(ctx, []string{p}, func(pr Progress) {
		seen += len(pr.Mutuals)
		if len(pr.Mutuals) > 0 { // the first report, of the size alone, holds none
			cancel()
		}
	})
	if ds != nil || !errors.Is(err, context.Canceled) || seen != reportEvery {
		t.Fatalf("cancelled at the first report of records: got %v, %v after %d mutuals", ds, err, seen)
	}
}
