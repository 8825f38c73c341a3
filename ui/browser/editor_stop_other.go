//go:build !linux

package browser

// followStops does nothing where the browser cannot wait for a stop
// without collecting an exit: a stopped editor there leaves the browser
// waiting, as before.
func followStops(int) {}
