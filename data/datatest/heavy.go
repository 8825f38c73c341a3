package datatest

import (
	"os"
	"testing"
)

// HeavyEnv is the environment variable that turns on the tests too slow
// for every go test run: loads of tens of megabytes, 100,000 files, long
// random walks, every width, the real binary off its main paths. .ci/run
// sets it; go test ./... leaves them out.
const HeavyEnv = "MUTUALS_HEAVY_TESTS"

// Heavy reports whether the heavy tests are on.
func Heavy() bool { return os.Getenv(HeavyEnv) != "" }

// SkipUnlessHeavy skips a test unless the heavy tests are on.
func SkipUnlessHeavy(t testing.TB) {
	t.Helper()
	if !Heavy() {
		t.Skipf("heavy: runs with %s=1 (as .ci/run does)", HeavyEnv)
	}
}
