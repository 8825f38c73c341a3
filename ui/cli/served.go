package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/serve"
)

// servedCommands are what a reader over SSH may run: the commands that
// print, and help. Whatever is not named here (init writes files, serve
// and completion are the server's own) is refused before it runs.
var servedCommands = []string{"mutuals", "list", "show", "compare", "stats", "timeline", "validate", "help"}

// served is what a command run for an SSH client reads in place of the
// files, the environment and the terminal of the process: the server's
// shared data and index, and the client's terminal if it has one.
type served struct {
	ds       *model.Dataset
	ix       *model.Index
	problem  error // why the files failed to reload; ds is the last good data
	terminal *serve.Terminal
}

// ServedCommand runs the printing commands for SSH clients with the
// command line's own code, so ssh HOST list prints what mutuals list
// prints, byte for byte: what the server's own command line would print,
// with the same --data and --builtin (builtin is the server's).
func ServedCommand(version string, builtin bool) serve.Command {
	return func(ctx context.Context, r serve.Request) int {
		opts := &options{served: &served{ds: r.Data, ix: r.Index, problem: r.Problem, terminal: r.Terminal}, paths: r.Paths}
		root := rootCommand(opts)
		opts.builtin = builtin // after the flags, which set their defaults
		root.SetOut(&pipeHelp{w: r.Stdout, terminal: r.Terminal != nil})
		root.SetErr(r.Stderr)
		root.SetIn(strings.NewReader(""))
		readersHelp(root)
		if err := refuse(r.Args); err != nil {
			fmt.Fprintln(r.Stderr, "error: "+model.Printable(err.Error()))
			return 2
		}
		// Never nil: cobra reads os.Args when given nil, and this
		// process's arguments are the server's own (serve --data …).
		return exitStatus(execute(ctx, root, opts, version, r.Args), 0)
	}
}

// refuse says why a reader may not run args, if it may not. It asks a
// command line of its own, with the commands cobra adds as it runs.
func refuse(args []string) error {
	probe := rootCommand(&options{})
	probe.InitDefaultHelpCmd()
	probe.InitDefaultCompletionCmd()
	cmd, rest, err := probe.Find(args)
	if err != nil {
		return nil // the command line says what is wrong, as it does locally
	}
	if cmd != probe {
		if !slices.Contains(servedCommands, cmd.Name()) {
			return fmt.Errorf("%s is not served: this server lets you read, with %s",
				strings.TrimPrefix(cmd.CommandPath(), "mutuals "), strings.Join(servedCommands[1:], ", "))
		}
		return nil
	}
	// A word left over at the root is a command it has not got, or one
	// cobra adds as it runs (__complete, man).
	if word := firstWord(probe, rest); word != "" {
		if slices.Contains(servedCommands, word) { // after --
			return fmt.Errorf("%q ends the options, so %q is read as no command: drop the -- (ssh HOST %s)", "--", word, word)
		}
		var near []string
		for _, s := range probe.SuggestionsFor(word) {
			if slices.Contains(servedCommands, s) {
				near = append(near, s)
			}
		}
		if len(near) > 0 {
			return fmt.Errorf("%q is not a command this server runs: did you mean %s?", word, strings.Join(near, " or "))
		}
		return fmt.Errorf("%q is not a command this server runs: it runs %s", word, strings.Join(servedCommands[1:], ", "))
	}
	return nil
}

// firstWord is the first argument that is not a flag or a flag's value,
// or, when the flags do not parse, the first that does not start with -.
func firstWord(root *cobra.Command, args []string) string {
	if root.ParseFlags(args) == nil {
		return root.Flags().Arg(0)
	}
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			return a
		}
	}
	return ""
}

// check refuses --data and --builtin: a reader reads the data served, and
// may not name a file on the server.
func (s *served) check(cmd *cobra.Command) error {
	if f := cmd.Flags().Lookup("data"); f != nil && f.Changed {
		return errors.New("--data names files on the server, which a reader may not: this server serves one dataset")
	}
	if f := cmd.Flags().Lookup("builtin"); f != nil && f.Changed {
		return errors.New("--builtin chooses the data, which the server does: this server serves one dataset")
	}
	return nil
}

// width is the client's terminal's, else what a pipe gets locally.
func (s *served) width() int {
	if s.terminal != nil && s.terminal.Width > 0 {
		return clampWidth(s.terminal.Width)
	}
	return 80
}

// output prints as a pipe does, or, on the client's terminal (ssh -t), in
// the colours its environment allows.
func (s *served) output(w io.Writer, width int, chosen format.Format) format.Output {
	if s.terminal == nil {
		return format.NewOutputFor(w, colorprofile.NoTTY, width, chosen)
	}
	out := format.NewOutputFor(w, colorprofile.Env(s.terminal.Env), width, chosen)
	out.Terminal = true
	return out
}

// index is the search index: the server's, shared, or one built for this
// command.
func index(opts *options, ds *model.Dataset) func() *model.Index {
	return func() *model.Index {
		if opts.served != nil && opts.served.ds == ds && opts.served.ix != nil {
			return opts.served.ix
		}
		return model.NewIndex(ds)
	}
}
