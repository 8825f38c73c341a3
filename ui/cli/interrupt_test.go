package cli

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// TestWholeLines: stdout gets only whole lines, and nothing once the
// command's context is done, so an interrupted command leaves no half line.
func TestWholeLines(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	w := &wholeLines{ctx: ctx, w: &out}
	for _, s := range []string{"one\ntw", "o\nthr", "ee"} {
		if _, err := w.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if out.String() != "one\ntwo\n" {
		t.Fatalf("before the signal: %q", out.String())
	}
	cancel()
	if _, err := w.Write([]byte("\nfour\n")); !errors.Is(err, errInterrupted) {
		t.Errorf("a write after the signal: %v", err)
	}
	if err := w.Flush(); err != nil || out.String() != "one\ntwo\n" {
		t.Errorf("after the signal: %q, %v", out.String(), err)
	}

	out.Reset()
	w = &wholeLines{ctx: context.Background(), w: &out}
	_, _ = w.Write([]byte("no newline at the end"))
	if err := w.Flush(); err != nil || out.String() != "no newline at the end" {
		t.Errorf("a last line without a newline: %q, %v", out.String(), err)
	}
}
