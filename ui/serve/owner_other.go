//go:build !unix

package serve

import "os"

// owner is not known here: files have no unix owner.
func owner(os.FileInfo) (int, bool) { return 0, false }
