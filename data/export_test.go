package data

import "github.com/mutuals/mutuals/model"

// LoadBytes is the loader over one file's bytes held in memory, for this
// package's own external tests: the fuzzers call it many times a second,
// where a file written each time would cost more than the load. Other
// packages' tests load their made-up files through data/loadtest, with
// Load, the one exported loader.
func LoadBytes(name string, b []byte) (*model.Dataset, error) { return parse(name, string(b)) }
