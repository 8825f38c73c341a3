package data

import (
	"regexp"
	"testing"
)

func TestStarterLoads(t *testing.T) {
	ds, err := LoadBytes("register.toml", Starter())
	if err != nil {
		t.Fatalf("the starter does not load:\n%v", err)
	}
	m := ds.Mutuals
	if len(m) != 1 || len(m[0].Events) != 1 || len(m[0].Readings) != 1 || len(ds.Sources) != 1 || len(ds.Programmes) != 1 || m[0].Programme != ds.Programmes[0].ID {
		t.Errorf("the starter should hold a programme, a source and one mutual with an event and a reading; got %+v", ds)
	}
}

// TestStarterHasEveryKey keeps the starter in step with the format: a key
// added to the format must be shown, and explained, there.
func TestStarterHasEveryKey(t *testing.T) {
	explained := regexp.MustCompile(`(?m)^(?:# )?(\w+) = .*#`) // an optional key may be shown commented out
	seen := map[string]int{}
	for _, m := range explained.FindAllStringSubmatch(string(Starter()), -1) {
		seen[m[1]]++
	}
	for _, keys := range [][]string{programmeKeys, poolKeys, sourceKeys, mutualKeys, eventKeys, readingKeys} {
		for _, k := range keys {
			if k == "event" || k == "reading" || k == "pool" || k == "mentor_pool" {
				continue // tables, shown by their headers; mentor_pool is the old [programme]'s pool, still read
			}
			if seen[k] == 0 {
				t.Errorf("the starter has no commented line for %q", k)
			}
		}
	}
}
