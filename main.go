// Command mutuals browses and compares public-service mutuals: the twelve
// 2010 UK pathfinder mutuals built in, or records loaded from TOML files.
package main

import (
	"context"
	"os"

	"github.com/mutuals/mutuals/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() { os.Exit(cli.Main(context.Background(), version)) }
