//go:build race

package browser

// raceDetector says whether the tests run under the race detector, which
// empties sync.Pools at random: pooled buffers are then made again, so a
// bound on what a key allocates does not hold there.
const raceDetector = true
