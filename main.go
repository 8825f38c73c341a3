// Command mutuals browses and compares public-service mutuals: the UK's
// 2010 pathfinder mutuals built in, or records loaded from TOML files.
// README.md is the user's guide; mutuals help TOPIC the reference.
//
// For maintainers, each package's documentation (go doc ./PKG) says how
// it works, what it measures and where its tests are:
//
//	main.go             calls cli.Main
//	model/              records, the query language and index, Comparison,
//	                    facets, the timeline, sorting, and one home for each
//	                    domain rule. No files, no terminal.
//	data/               TOML and files: the embedded dataset, the loader (two
//	                    parsers over one schema), problems that point at a line
//	data/lex/           the one reader of TOML text: one walk of a file's
//	                    headers and key = value lines, with positions and bounds
//	data/datatest/      made-up data files for tests and benchmarks; how
//	                    much the tests do (heavy, waiting)
//	data/loadtest/      tests load made-up text through the one loader
//	ui/render/          Lip Gloss, never Bubble Tea: records, comparisons,
//	                    facets, timelines, text, styles for light and dark
//	ui/format/          the printed formats: text, Markdown, CSV, JSON, TOML
//	ui/browser/         the Bubble Tea program
//	ui/cli/             commands, flags, help topics, the manual page, errors
//	ui/serve/           mutuals serve: the SSH server (Wish), keys, limits
//	ui/internal/uitest/ what the ui packages' tests share
//	ui/e2e/             tests only: the real binary in tmux, pipes, signals
//
// The screen and stdout share one renderer, ui/render, which cannot import
// Bubble Tea. go test ./... is quick: every package, and the real binary
// on its main paths. .ci/run is the whole check: gofmt, go vet,
// staticcheck (v0.8.2), go test -race ./..., then without the race
// detector the heavy tests (MUTUALS_HEAVY_TESTS=1: the slowest loads,
// long random walks, every width, the real binary off its main paths),
// and each fuzzer for 15 seconds (a failing input it finds is
// saved under testdata/fuzz: commit it as a seed and fix what it shows).
package main

import (
	"context"
	"os"

	"github.com/mutuals/mutuals/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

func main() { os.Exit(cli.Main(context.Background(), version)) }
