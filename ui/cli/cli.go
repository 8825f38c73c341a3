package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// Main runs the command line and returns the exit status: 0 on success, 1
// when the data, a lookup or the program fails, 2 when the command line is
// wrong, 128 plus the signal's number after SIGINT, SIGTERM, SIGHUP or
// SIGQUIT (130, 143, 129, 131).
func Main(ctx context.Context, version string) int {
	defer quietPipes()()
	ctx, sigs := watchSignals(ctx)
	defer sigs.stop()
	opts := &options{}
	root := rootCommand(opts)
	root.SetOut(&stdoutWriter{f: os.Stdout})
	hideStdin()
	defer showStdin()
	return exitStatus(execute(ctx, root, opts, version, os.Args[1:]), sigs.status())
}

// execute runs the command line args as Main does: fang, the error
// handler (which says nothing of a cancelled picker), and the last of
// stdout.
func execute(ctx context.Context, root *cobra.Command, opts *options, version string, args []string) error {
	strictCompletion(root)
	args = queryArgs(root, args)
	root.SetArgs(append([]string{}, args...)) // not nil: cobra would read os.Args
	opts.dark = palette(func() bool { return opts.noColor })
	report := ErrorHandler(func() bool { return opts.noColor }, opts.dark, isUsage, helpFor(root, args, opts.served != nil))
	stdout, _ := root.OutOrStdout().(*stdoutWriter)
	explained := func(err error) bool { var e explainedWrite; return errors.As(err, &e) }
	help, ok := root.OutOrStdout().(helpTidier)
	if !ok {
		p := &pipeHelp{w: root.OutOrStdout()}
		root.SetOut(p)
		help = p
	}
	err := fang.Execute(ctx, root,
		fang.WithErrorHandler(func(w io.Writer, st fang.Styles, err error) {
			// what an error says to run, the user runs on the same data
			var re *model.RefError
			if errors.As(err, &re) {
				re.Program = opts.program()
			}
			// a failed write is reported once, below, whoever saw it
			if !errors.Is(err, errCancelled) && (stdout.failed() == nil || explained(err)) {
				report(w, st, err)
			}
		}),
		fang.WithVersion(version),
		fang.WithoutManpage(), // manCommand: fang's page, and the help topics
		// help and errors never ask the terminal (see terminal.go). fang
		// asks for the scheme just before it writes help (to stdout) or an
		// error (to stderr, after which stdout gets nothing): help to a
		// pipe is tidied from here.
		fang.WithColorSchemeFunc(func(lipgloss.LightDarkFunc) fang.ColorScheme {
			help.helpFollows()
			return fang.DefaultColorScheme(lipgloss.LightDark(darkHint()))
		}),
	)
	help.endHelp()
	if opts.out != nil && err == nil {
		err = quiet(opts.out.Flush())
	}
	if werr := stdout.failed(); werr != nil && !explained(err) {
		err = writeFailure(werr)
		if err != nil {
			report(colorprofile.NewWriter(root.ErrOrStderr(), os.Environ()), fang.Styles{}, err)
		}
	}
	return err
}

// errCancelled is the compare picker left without printing: not an error
// to report, but not success either (exit 130, as fzf when aborted), so
// that mutuals compare > cmp.md && … stops there.
var errCancelled = failure{errors.New("cancelled: nothing was picked")}

// exitStatus is 128 plus the signal after one, else what err says.
func exitStatus(err error, signalled int) int {
	switch {
	case signalled != 0:
		return signalled
	case err == nil:
		return 0
	case errors.Is(err, errCancelled):
		return 130
	case isUsage(err):
		return 2
	}
	return 1
}

// options are the flags every command shares.
type options struct {
	data    []string
	builtin bool
	noColor bool
	dark    func() bool // the palette: whether the terminal is dark, asked once
	noMouse bool
	inline  bool
	noWatch bool
	format  string
	plain   bool // a report's table: --plain with markdown or csv
	width   int
	out     *wholeLines // stdout, as the printing commands write it
	paths   []string    // the data paths, each once: see findDataPaths
	served  *served     // set when the command runs for an SSH client
}

// failure marks an error as the data's or the lookup's (exit 1), not the
// command line's (exit 2).
type failure struct{ error }

func (f failure) Unwrap() error { return f.error }

// quietPipes makes a closed pipe (mutuals list | head -1) an error on
// write, which quiet treats as success, instead of the end of the process.
// SIGPIPE is caught, not ignored: an ignored signal stays ignored in what
// the browser runs, the editor and its own pipes. It returns the undoing.
func quietPipes() (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGPIPE)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

// strictCompletion makes cobra's completion command now, writing where
// root writes (its scripts go to the writer it sees when made), so that a
// shell it does not know is a usage error, not its help with status 0.
func strictCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return fmt.Errorf("unknown command %q for %q", args[0], cmd.CommandPath())
			}
			return cmd.Help()
		}
	}
}

// program is the program as the one who ran this command runs it again
// on the same data: mutuals with the --data and --builtin given, or ssh
// HOST for a reader over SSH (whose host name is not known here).
func (o *options) program() string {
	if o.served != nil {
		return "ssh HOST"
	}
	p := "mutuals"
	for _, d := range o.data {
		p += " --data " + quoteArg(d)
	}
	if o.builtin {
		p += " --builtin"
	}
	return p
}

// helpFor is the command that shows the help of the command args run, as
// the one who ran it would type it: mutuals list --help, or ssh HOST list
// --help for a served reader (whose host name is not known here); the
// program's own help where args name no command.
func helpFor(root *cobra.Command, args []string, served bool) string {
	who := "mutuals"
	if served {
		who = "ssh HOST"
	}
	if c, _, err := root.Find(args); err == nil && c != root {
		return who + strings.TrimPrefix(c.CommandPath(), root.Name()) + " --help"
	}
	return who + " --help"
}

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

Built in are the UK's "pathfinder mutuals" as far as the sources name them:
17 of the 21 or 22 the Cabinet Office announced from August 2010 (the sources
disagree on the total), each fact citing its sources. Two more, Salvere and
Sunshine Care, may have been among them (the programme's description says how
sure); no source names the rest.
Load your own TOML records with --data or MUTUALS_DATA, and add --builtin to
load the pathfinders beside them; start a register of your own with mutuals
init DIR. Each mutual belongs to a programme (the pathfinders, your register),
which offers its mentor pool, and has a status: planned, running, ended,
dropped or unknown, as of a date.
In the browser, e edits the record under the cursor in $VISUAL or $EDITOR,
and the browser reloads the files as you save them (--no-watch: only after e).

On a terminal, mutuals opens an interactive browser; piped, it prints the list.

Help topics: mutuals help TOPIC, where TOPIC is ` + orList(topicNames()) + `.`,
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
  # every mutual that ended, and how and when (the end column)
  mutuals timeline status:ended
  # check your own files, then browse them (e edits, saves reload)
  mutuals validate my-mutuals/
  mutuals --data my-mutuals/
  # your own beside the pathfinders
  mutuals --data my-mutuals/ --builtin compare fenland-care swindon --fields status,service`,
		Args: unknownCommand,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if opts.served != nil {
				return opts.served.check(cmd)
			}
			findDataPaths(cmd, opts)
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBrowse(cmd, opts)
		},
	}
	root.PersistentFlags().BoolVar(&opts.noColor, "no-color", false, "never use colour (also: NO_COLOR=1 or TERM=dumb)")
	addBrowserFlags(root, opts)
	root.SetFlagErrorFunc(flagError)
	root.SuggestionsMinimumDistance = 2
	commands := []*cobra.Command{root, listCommand(opts), showCommand(opts), compareCommand(opts), statsCommand(opts), timelineCommand(opts), validateCommand(opts), initCommand(), serveCommand(opts)}
	for _, cmd := range commands {
		if opts.served == nil { // an SSH reader's command has no stdin of this process's to take
			stdinOnlyWhileRunning(cmd)
		}
	}
	for _, cmd := range commands {
		if cmd.Name() != "init" { // init writes a register and loads none
			addDataFlag(cmd, opts)
		}
	}
	root.AddCommand(commands[1:]...)
	root.AddCommand(manCommand()) // loads nothing, asks nothing
	help := helpCommand(opts)
	if opts.served == nil { // a topic printed in colour asks the terminal's background
		stdinOnlyWhileRunning(help)
	}
	root.SetHelpCommand(help)
	return root
}

// addDataFlag gives --data and --builtin to a command that loads data, and only to one:
// init, which loads none, rejects it rather than ignore it. Before the
// command's name (mutuals --data x list) it is still the command's.
func addDataFlag(cmd *cobra.Command, opts *options) {
	cmd.Flags().StringArrayVar(&opts.data, "data", nil, "load PATH: a .toml file or a directory of them (repeatable; default $MUTUALS_DATA, else the built-in pathfinders)")
	cmd.Flags().BoolVar(&opts.builtin, "builtin", false, "load the built-in pathfinders too, beside --data or MUTUALS_DATA (to compare your register with them)")
}

// unknownCommand rejects a word where a command should be, suggesting the
// command it is nearest to (mutuals lsit: did you mean list?). Cobra's own
// suggestions are skipped when the root takes arguments.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += ": did you mean " + strings.Join(s, " or ") + "?"
	}
	return errors.New(msg)
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
	f.BoolVar(&opts.noWatch, "no-watch", false, "do not reload the data files when they change (e still reloads after editing)")
}
