// Package datatest makes data files for tests and benchmarks: many
// made-up mutuals whose text is like real registers'. It lives apart from
// package data so that the program binary carries none of it.
package datatest
