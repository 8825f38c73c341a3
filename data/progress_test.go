package data

import (
	"context"
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

// TestProgressOnTheSlowPath: a file the fast parser gives up on at once is
// read whole by the full parser, which says nothing until it ends; the
// first report still comes before that, with the size of the load, so that
// a screen can say "0.0 of 4.1 MB" rather than "0.0 of 0.0 MB".
func TestProgressOnTheSlowPath(t *testing.T) {
	for _, slow := range []bool{false, true} {
		src := datatest.Synthetic(3000, 1)
		if slow {
			src = append([]byte("[programme]\nname = \"p\"\ntotal = 1.5\n"), src...) // a float: not in the fast subset
		}
		p := write(t, t.TempDir(), "d.toml", string(src))
		var got []Progress
		_, _ = Load(context.Background(), []string{p}, func(pr Progress) { got = append(got, pr) })
		if len(got) < 2 || got[0].Total != int64(len(src)) || got[len(got)-1].Bytes != int64(len(src)) {
			t.Fatalf("slow %v: %d reports, the first of %d of %d bytes (want a report before the end, of %d bytes)",
				slow, len(got), got[0].Bytes, got[0].Total, len(src))
		}
	}
}
