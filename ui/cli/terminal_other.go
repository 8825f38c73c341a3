//go:build !unix

package cli

import (
	"os"
	"time"
)

// askBackground does not ask where there is no tcgetpgrp to say whether
// the answer can come.
func askBackground(_, _ *os.File, _ time.Duration) (dark, ok bool) { return false, false }
