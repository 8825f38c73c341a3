package cli

import (
	"cmp"
	"errors"
	"fmt"
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

func loadDataset(opts *options) (*model.Dataset, error) {
	if paths := dataPaths(opts); len(paths) > 0 {
		limitMemory(paths, loadMemory)
		return data.Load(paths)
	}
	return data.Embedded()
}

// Soft memory limits, as multiples of the data's size, that the garbage
// collector keeps the process near (unless GOMEMLIMIT is set). Measured
// at 100,000 records: loading alone peaks at 2.75 times the file with the
// limit (4 to 7 times without); the browser also holds the search index,
// which needs about 4 times, and a limit below that only makes it slow.
const (
	loadMemory   = 2.75
	browseMemory = 4.5
)

func limitMemory(paths []string, factor float64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if n := data.Size(paths); n > 0 {
		debug.SetMemoryLimit(max(64<<20, int64(float64(n)*factor)))
	}
}

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// The widths printed output is laid out to: no layout reads under 20
// columns, and past 1000 a width is a mistake (or an attack) that would
// only cost memory: each line is padded to it.
const (
	minWidth = ui.MinWidth
	maxWidth = 1000
)

// outputWidth is --width, which must be 20 to 1000, else the terminal's
// width, else $COLUMNS, else 80. The terminal's width and $COLUMNS are
// clamped to 20–1000, never trusted.
func outputWidth(cmd *cobra.Command, opts *options) (int, error) {
	if cmd != nil && cmd.Flags().Changed("width") {
		if opts.width < minWidth || opts.width > maxWidth {
			return 0, fmt.Errorf("--width %d: give a width of %d to %d columns", opts.width, minWidth, maxWidth)
		}
		return opts.width, nil
	}
	if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
		return clampWidth(w), nil
	}
	// Atoi gives the largest int for a number too big for one.
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil || errors.Is(err, strconv.ErrRange) {
		return clampWidth(w), nil
	}
	return 80, nil
}

func clampWidth(w int) int { return min(max(w, minWidth), maxWidth) }

func output(cmd *cobra.Command, opts *options) (ui.Output, error) {
	format, err := ui.ParseFormat(cmp.Or(opts.format, "text"))
	if err != nil {
		return ui.Output{}, err
	}
	width, err := outputWidth(cmd, opts)
	if err != nil {
		return ui.Output{}, err
	}
	return ui.NewOutput(cmd.OutOrStdout(), opts.noColor, width, format), nil
}
