package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// dataPaths is --data, else $MUTUALS_DATA, else nothing (the built-in
// set), each path once (see foldPaths).
func dataPaths(opts *options) []string { return opts.paths }

// findDataPaths sets opts.paths, before any command runs, so that a path
// given twice is noted once.
func findDataPaths(cmd *cobra.Command, opts *options) {
	findDataPathsNoting(cmd.ErrOrStderr(), opts)
}

// findDataPathsNoting is findDataPaths with its notes written to notes:
// a completion passes io.Discard, since cobra reads the flags twice on the
// way to one and a shell shows whatever it prints.
func findDataPathsNoting(notes io.Writer, opts *options) {
	paths := opts.data
	if len(paths) == 0 {
		for _, p := range filepath.SplitList(os.Getenv("MUTUALS_DATA")) {
			if p != "" {
				paths = append(paths, p)
			}
		}
	}
	opts.paths = foldPaths(notes, paths)
}

// foldPaths keeps the first of paths that name the same file or directory
// (one.toml and ./one.toml), with a note for each left out: loading a file
// twice would report every id in it as a duplicate of itself.
func foldPaths(notes io.Writer, paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		key, err := filepath.Abs(p)
		if err != nil {
			key = filepath.Clean(p)
		}
		if seen[key] {
			fmt.Fprintf(notes, "note: %s is given twice; loaded once\n", model.Printable(p))
			continue
		}
		seen[key] = true
		out = append(out, p)
	}
	return out
}

func loadDataset(ctx context.Context, opts *options) (*model.Dataset, error) {
	if opts.served != nil {
		return opts.served.ds, nil
	}
	if paths := dataPaths(opts); len(paths) > 0 {
		return loadPaths(ctx, paths, opts.builtin)
	}
	return data.Embedded()
}

// loader is how the files at paths load, with the built-in pathfinders
// beside them when --builtin asks.
func loader(builtin bool) func(context.Context, []string, func(data.Progress)) (*model.Dataset, error) {
	if builtin {
		return data.LoadWithBuiltin
	}
	return data.Load
}

// loadPaths loads files (and the built-in pathfinders, with builtin), or
// says it was interrupted.
func loadPaths(ctx context.Context, paths []string, builtin bool) (*model.Dataset, error) {
	ds, err := loader(builtin)(ctx, paths, nil)
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

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// interactive reports whether f is a terminal a person reads and types
// on, with the screen control a browser needs. TERM=dumb (an Emacs shell
// buffer, say) is a terminal that cannot draw one: it is given what a
// pipe is.
func interactive(f *os.File) bool { return isTerminal(f) && os.Getenv("TERM") != "dumb" }

// The widths printed output is laid out to: no layout reads under 20
// columns, and past 1000 a width is a mistake (or an attack) that would
// only cost memory: each line is padded to it.
const (
	minWidth = render.MinWidth
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
	if opts.served != nil {
		return opts.served.width(), nil
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

func output(cmd *cobra.Command, opts *options) (format.Output, error) {
	chosen, err := format.ParseFormat(cmp.Or(opts.format, "text"))
	if err != nil {
		return format.Output{}, err
	}
	width, err := outputWidth(cmd, opts)
	if err != nil {
		return format.Output{}, err
	}
	if opts.plain && chosen != format.Markdown && chosen != format.CSV {
		return format.Output{}, errors.New("--plain prints a table to paste into a report: give it with --format markdown or --format csv")
	}
	if chosen == format.TOML && cmd.Annotations[tomlAnnotation] == "" {
		return format.Output{}, errors.New("--format toml prints records as a data file: only list and show take it; use text, markdown, csv or json here")
	}
	if opts.out == nil {
		opts.out = &wholeLines{ctx: commandContext(cmd), w: cmd.OutOrStdout()}
	}
	if opts.served != nil {
		return opts.served.output(opts.out, width, chosen), nil
	}
	terminal := isStdout(cmd.OutOrStdout()) && interactive(os.Stdout)
	profile := colorprofile.NoTTY
	if terminal {
		profile = format.Profile(os.Stdout, opts.noColor)
	}
	// opts.out wraps stdout, and is no terminal itself: the profile is
	// stdout's.
	out := format.NewOutputFor(opts.out, profile, width, chosen)
	out.Terminal = terminal
	out.Fit = out.Terminal || cmd.Flags().Changed("width")
	return out, nil
}

// inColour gives out the palette for the terminal's own background (the
// dark palette is hard to read on a light one), when it prints text in
// colour to a terminal. It is called just before printing, so that a run
// that fails first (an unknown REF, a bad file) never asks the terminal.
func inColour(out format.Output, opts *options) format.Output {
	if out.Terminal && out.Format == format.Text {
		return out.InPalette(opts.palette())
	}
	return out
}
