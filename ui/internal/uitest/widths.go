package uitest

import "github.com/mutuals/mutuals/data/datatest"

// Widths are the widths from lo to hi that a test of every width tries:
// each of them with the heavy tests on (as .ci/run runs them); in the
// quick suite every fifth, and hi.
func Widths(lo, hi int) []int {
	step := 5
	if datatest.Heavy() {
		step = 1
	}
	var ws []int
	for w := lo; w < hi; w += step {
		ws = append(ws, w)
	}
	return append(ws, hi)
}
