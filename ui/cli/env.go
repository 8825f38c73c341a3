package cli

import (
	"cmp"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui"
)

// dataPaths is --data, else $MUTUALS_DATA, else nothing (the built-in set).
func dataPaths(opts *options) []string {
	if len(opts.data) > 0 {
		return opts.data
	}
	var paths []string
	for _, p := range filepath.SplitList(os.Getenv("MUTUALS_DATA")) {
		if p != "" {
			paths = append(paths, p)
		}
	}
	return paths
}

func loadDataset(ctx context.Context, opts *options) (*model.Dataset, error) {
	if paths := dataPaths(opts); len(paths) > 0 {
		return loadPaths(ctx, paths)
	}
	return data.Embedded()
}

// loadPaths loads files, or says it was interrupted.
func loadPaths(ctx context.Context, paths []string) (*model.Dataset, error) {
	ds, err := data.LoadContext(ctx, paths, nil)
	if ctx.Err() != nil {
		return nil, errInterrupted
	}
	return ds, err
}

// commandContext is the command's context, cancelled by SIGINT and SIGTERM.
func commandContext(cmd *cobra.Command) context.Context {
	if ctx := cmd.Context(); ctx != nil {
		return ctx
	}
	return context.Background()
}

// browseMemory is a soft memory limit, as a multiple of the data's size,
// that the garbage collector keeps the browser near (unless GOMEMLIMIT is
// set): it holds the search index, which needs about 4 times the file, and
// a limit below that only makes it slow. Loading alone sets none: a limit
// close to what a load holds made the collector run without pause.
const browseMemory = 4.5

func limitMemory(paths []string, factor float64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if n := data.Size(paths); n > 0 {
		debug.SetMemoryLimit(max(64<<20, int64(float64(n)*factor)))
	}
}

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// outputWidth is --width, else the terminal's width, else $COLUMNS, else
// 80; never under 20, below which no layout reads.
func outputWidth(opts *options) int {
	if opts.width > 0 {
		return max(opts.width, 20)
	}
	if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
		return max(w, 20)
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return max(w, 20)
	}
	return 80
}

func output(cmd *cobra.Command, opts *options) (ui.Output, error) {
	format, err := ui.ParseFormat(cmp.Or(opts.format, "text"))
	if err != nil {
		return ui.Output{}, err
	}
	if format == ui.TOML && cmd.Annotations[tomlAnnotation] == "" {
		return ui.Output{}, errors.New("--format toml prints records as a data file: only list and show take it; use text, markdown, csv or json here")
	}
	if opts.out == nil {
		opts.out = &wholeLines{ctx: commandContext(cmd), w: cmd.OutOrStdout()}
	}
	return ui.NewOutput(opts.out, opts.noColor, outputWidth(opts), format), nil
}
