package data

import (
	"testing"
	"unsafe"

	"github.com/mutuals/mutuals/data/datatest"
	"github.com/mutuals/mutuals/model"
)

// TestLoadLeavesLittleGarbagePerRecord bounds what a load allocates beyond
// the file's text and the array of records. The collector lets the heap
// grow to twice what is live before it runs, so garbage made per record
// was most of a load's peak memory: 1,005 bytes a tiny record before the
// parser reused its tables and arrays, about 210 after.
func TestLoadLeavesLittleGarbagePerRecord(t *testing.T) {
	const n = 20000
	perRecord := 300
	if raceEnabled {
		perRecord = 450 // the race detector allocates for itself: 300 there
	}
	src := datatest.Tiny(n)
	var err error
	got := datatest.Allocated(func() { _, err = LoadBytes("tiny.toml", src) })
	if err != nil {
		t.Fatal(err)
	}
	records := n * int(unsafe.Sizeof(model.Mutual{}))
	beyond := int(got) - len(src) - records // the load copies the bytes once
	if beyond > n*perRecord {
		t.Errorf("allocated %d bytes beyond the file (%d) and the records (%d): %d a record, over %d",
			beyond, len(src), records, beyond/n, perRecord)
	}
	t.Logf("%d bytes a record beyond the file and the records", beyond/n)
}
