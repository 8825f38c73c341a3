package browser

import (
	"runtime/debug"
	"sync"
)

// loadGCPercent is how far the heap may grow past what is live before the
// collector runs, in percent, while the browser loads: the default 100
// let a load of 100k records peak at about 1.5 times what it held at the
// end, almost all of it garbage from the parse and the folding. At 25 the
// process's peak on a file of 100k records, 2.86-2.96 times the file, sat
// near its target of 3; at 20 it was 2.80-2.85, the load no slower to
// measure on a busy machine. Once the last load ends the setting is what it was, so an idle browser
// collects no more often than any program (a soft memory limit, by
// contrast, made the collector run without pause when what was live sat
// near it).
const loadGCPercent = 20

// headroom counts the loads running, so that overlapping ones restore the
// collector's setting once, when the last ends.
var headroom struct {
	mu    sync.Mutex
	loads int
	saved int
}

// boundHeadroom lowers the collector's headroom to loadGCPercent until the
// function it returns is called. A lower setting (GOGC=10, or off) is
// left as it is.
func boundHeadroom() (restore func()) {
	headroom.mu.Lock()
	defer headroom.mu.Unlock()
	if headroom.loads == 0 {
		headroom.saved = debug.SetGCPercent(loadGCPercent)
		if headroom.saved >= 0 && headroom.saved < loadGCPercent || headroom.saved < 0 {
			debug.SetGCPercent(headroom.saved)
		}
	}
	headroom.loads++
	var once sync.Once
	return func() {
		once.Do(func() {
			headroom.mu.Lock()
			defer headroom.mu.Unlock()
			if headroom.loads--; headroom.loads == 0 {
				debug.SetGCPercent(headroom.saved)
			}
		})
	}
}
