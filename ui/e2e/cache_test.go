package e2e

// The tests here run a binary that TestMain builds, so go test would
// otherwise keep their cached results after the program's code changes:
// importing the command line ties them to every package the binary is
// built from (main.go only calls cli.Main).
import _ "github.com/mutuals/mutuals/ui/cli"
