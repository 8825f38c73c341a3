// Package datatest makes data files for tests and benchmarks: many
// made-up mutuals whose text is like real registers'. It also says how
// much the tests do: the heavy ones run only where MUTUALS_HEAVY_TESTS is
// set (Heavy, SkipUnlessHeavy), and a package whose tests mostly wait
// runs more of them at once (RunWaiting); and it measures what a call
// allocates (Allocated), for the bounds tests may set. It lives apart
// from package data so that the program binary carries none of it.
package datatest
