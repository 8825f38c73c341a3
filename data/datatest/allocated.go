package datatest

import "runtime"

// Allocated is how many bytes f allocates, after a collection: a bound on
// it is deterministic, where a bound on time is not.
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
