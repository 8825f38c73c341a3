package browser

import "flag"

var update = flag.Bool("update", false, "rewrite the golden frames")
