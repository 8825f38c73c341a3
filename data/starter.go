package data

import _ "embed"

//go:embed starter.toml
var starter string

// Starter is a data file for a new register: one source and one made-up
// mutual with an event and a reading, every key of the format present and
// explained in a comment. It loads as it stands.
func Starter() []byte { return []byte(starter) }

// Builtin is the built-in pathfinders data file as it is embedded, comments
// and all, so that a user can extend it.
func Builtin() []byte { return []byte(pathfinders) }
