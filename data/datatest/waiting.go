package datatest

import (
	"flag"
	"strconv"
	"testing"
)

// RunWaiting runs a package's tests, n of its parallel ones at once
// rather than one for each CPU, unless -test.parallel was given: for
// tests that spend their time waiting on a terminal, a process or a
// connection, not on the CPU, so that their waits overlap. It returns
// m.Run's exit code.
func RunWaiting(m *testing.M, n int) int {
	flag.Parse()
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		if err := flag.Set("test.parallel", strconv.Itoa(n)); err != nil {
			panic(err)
		}
	}
	return m.Run()
}
