package render

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestBigPoolCostsTheLine: the folded mentor pool of a programme offering
// thousands of mentors costs what the line shows, not the square of the
// pool (8,000 mentors took 8 s and 1 GB a frame).
func TestBigPoolCostsTheLine(t *testing.T) {
	allocated := func(mentors int) uint64 {
		pool := make([]string, mentors)
		for i := range pool {
			pool[i] = fmt.Sprintf("Mentor firm %d", i)
		}
		ms := []model.Mutual{{ID: "a", Name: "A"}}
		ds := model.NewDataset("t", nil, ms, nil).WithProgramme(model.Programme{ID: "p", Pools: []model.Pool{{Mentors: pool}}})
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		RecordView(ds, &ds.Mutuals[0], 100, NewStyles(true), RecordOptions{Screen: true, ShortPool: true, PoolMore: "m"})
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	small, big := allocated(100), allocated(8000)
	if big > 2*small+(1<<20) {
		t.Errorf("a pool of 8,000 allocated %d kB a frame, one of 100 %d kB", big>>10, small>>10)
	}
}
