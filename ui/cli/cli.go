// Package cli is the command line: the commands, their flags and help, and
// how each one wires data, model and ui together.
package cli

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui"
)

// Main runs the command line and returns the exit status: 0 on success, 1
// when the data, a lookup or the program fails, 2 when the command line is
// wrong.
func Main(ctx context.Context, version string) int {
	// A closed pipe (mutuals list | head -1) then shows as an error on
	// write, which quiet treats as success, instead of killing the process.
	signal.Ignore(syscall.SIGPIPE)
	opts := &options{}
	err := execute(ctx, rootCommand(opts), opts, version)
	switch {
	case err == nil:
		return 0
	case isUsage(err):
		return 2
	}
	return 1
}

// execute runs the command line as the program does: fang's help and
// version, the error handler, and the signals that end the browser.
func execute(ctx context.Context, root *cobra.Command, opts *options, version string) error {
	return fang.Execute(ctx, root,
		fang.WithErrorHandler(ui.ErrorHandler(func() bool { return opts.noColor }, isUsage)),
		fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM),
		fang.WithVersion(version),
	)
}

// options are the flags every command shares.
type options struct {
	data    []string
	noColor bool
	noMouse bool
	inline  bool
	format  string
	width   int
}

// failure marks an error as the data's or the lookup's (exit 1), not the
// command line's (exit 2).
type failure struct{ error }

func (f failure) Unwrap() error { return f.error }

func isUsage(err error) bool {
	var f failure
	var le *data.LoadError
	var re *model.RefError
	return !errors.As(err, &f) && !errors.As(err, &le) && !errors.As(err, &re)
}

func rootCommand(opts *options) *cobra.Command {
	root := &cobra.Command{
		Use:   "mutuals",
		Short: "Browse and compare public-service mutuals",
		Long: `Browse and compare public-service mutuals.

Built in are the twelve "pathfinder mutuals" the UK Cabinet Office named in
August 2010, each fact citing its sources. Load your own TOML records with
--data or MUTUALS_DATA.

On a terminal, mutuals opens an interactive browser; piped, it prints the list.`,
		Example: `  # browse the built-in pathfinders
  mutuals
  # find with the query language
  mutuals list service:health -kpmg
  # one mutual in full, with its sources
  mutuals show leicester
  # how many run each service, with bars
  mutuals stats --by service
  # two side by side, as a Markdown table
  mutuals compare swindon leicester --format markdown > cmp.md
  # when each was announced, ran and ended
  mutuals timeline
  # check your own files, then browse them
  mutuals validate my-mutuals/
  mutuals --data my-mutuals/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBrowse(cmd, opts)
		},
	}
	f := root.PersistentFlags()
	f.StringArrayVar(&opts.data, "data", nil, "load PATH: a .toml file or a directory of them (repeatable; default $MUTUALS_DATA, else the built-in pathfinders)")
	f.BoolVar(&opts.noColor, "no-color", false, "never use colour (also: NO_COLOR=1 or TERM=dumb)")
	addBrowserFlags(root, opts)
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(listCommand(opts), showCommand(opts), compareCommand(opts), statsCommand(opts), timelineCommand(opts), validateCommand(opts))
	return root
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// failureOrNil marks an error of the browser as a failure (exit 1); a load
// error already is one.
func failureOrNil(err error) error {
	var le *data.LoadError
	if err == nil || errors.As(err, &le) {
		return err
	}
	return failure{err}
}

// quiet treats a closed stdout (mutuals list | head -1) as success.
func quiet(err error) error {
	if errors.Is(err, syscall.EPIPE) {
		return nil
	}
	if err != nil {
		return failure{err}
	}
	return nil
}

// addBrowserFlags adds the flags that shape the browser, to the commands
// that open it (mutuals, and compare with no REF).
func addBrowserFlags(cmd *cobra.Command, opts *options) {
	f := cmd.Flags()
	f.BoolVar(&opts.noMouse, "no-mouse", false, "leave the mouse to the terminal, for selecting text")
	f.BoolVar(&opts.inline, "inline", false, "draw the browser in the normal screen, so its last frame stays in the scrollback")
}
