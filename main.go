// Command mutuals browses and compares public-service mutuals: the twelve
// 2010 UK pathfinder mutuals built in, or records loaded from TOML files.
package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/charmbracelet/fang"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// options are the flags every command shares.
type options struct {
	data    []string
	noColor bool
	noMouse bool
	format  string
	width   int
}

// failure marks an error as the data's or the lookup's (exit 1), not the
// command line's (exit 2).
type failure struct{ error }

func (f failure) Unwrap() error { return f.error }

func main() {
	// A closed pipe (mutuals list | head -1) then shows as an error on
	// write, which quiet treats as success, instead of killing the process.
	signal.Ignore(syscall.SIGPIPE)
	opts := &options{}
	root := rootCommand(opts)
	err := fang.Execute(context.Background(), root,
		fang.WithErrorHandler(ui.ErrorHandler(func() bool { return opts.noColor }, isUsage)),
		fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM),
		fang.WithVersion(version),
	)
	switch {
	case err == nil:
	case isUsage(err):
		os.Exit(2)
	default:
		os.Exit(1)
	}
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
  # two side by side, as a Markdown table
  mutuals compare swindon leicester --format markdown > cmp.md
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
	f.BoolVar(&opts.noMouse, "no-mouse", false, "leave the mouse to the terminal, for selecting text")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return err })
	root.AddCommand(listCommand(opts), showCommand(opts), compareCommand(opts), validateCommand(opts))
	return root
}

func addFormat(cmd *cobra.Command, opts *options) {
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown, csv or json")
}

func listCommand(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list [QUERY…]",
		Short: "Print the mutuals that match a query, one per line",
		Long: `Print one line per matching mutual: id, name, location, service area.

The query is what the browser's search takes: space-separated terms, all of
which must match, ignoring case and accents.
  adult                 a bare term matches any field
  service:health        a field limits it: name, location (place), region,
                        service, staff, mentor, form, partner, outcome, source, id
  "adult social"        quotes make a phrase
  -kpmg                 a minus excludes`,
		Example: `  mutuals list
  mutuals list place:london
  mutuals list 'service:"social care"' -swindon
  mutuals list --format json | jq '.[].name'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runList(cmd, opts, strings.Join(args, " "))
		},
	}
	addFormat(cmd, opts)
	return cmd
}

func showCommand(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show REF",
		Short: "Print one mutual in full, with its sources",
		Long: `Print one mutual in full: what it runs, who is behind it, who mentors it,
what became of it, and every source with its address.

REF is an id, a unique start of an id, or text found in exactly one
mutual's name or location.`,
		Example: `  mutuals show leicester
  mutuals show newton --format markdown`,
		Args: exactArgs(1, "name one mutual, e.g. mutuals show leicester"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd, opts, args[0])
		},
	}
	addFormat(cmd, opts)
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "wrap text to N columns (default: the terminal's width, else 80)")
	return cmd
}

func compareCommand(opts *options) *cobra.Command {
	var all bool
	var fields string
	cmd := &cobra.Command{
		Use:   "compare REF REF [REF…]",
		Short: "Set mutuals side by side, field by field",
		Long: `Set two or more mutuals side by side. By default the rows are service
area, staff groups, mentors named for each mutual, and the mentor pool the
programme offered to all, under each mutual's name, location and legal form.
Rows marked ≠ differ; rows marked = are the same for all.

With no REF on a terminal, the browser opens to pick: mark with space,
compare with c, and p prints the comparison here.`,
		Example: `  mutuals compare swindon leicester
  mutuals compare swindon leicester north --all
  mutuals compare swin leic --fields outcome,became,events
  mutuals compare swindon leicester --format csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			keys, err := compareFields(all, fields)
			if err != nil {
				return err
			}
			return runCompare(cmd, opts, args, keys)
		},
	}
	addFormat(cmd, opts)
	cmd.Flags().BoolVarP(&all, "all", "a", false, "show every field")
	cmd.Flags().StringVar(&fields, "fields", "", "show these fields, comma-separated (e.g. service_area,outcome)")
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "fit the table to N columns (default: the terminal's width, else 80)")
	return cmd
}

func validateCommand(opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [PATH…]",
		Short: "Check data files and report every problem",
		Long: `Check data files without opening them: every problem is reported with its
file, line and column. With no PATH, checks what --data, MUTUALS_DATA or
the built-in dataset would load. Never writes to a file.`,
		Example: `  mutuals validate my-mutuals.toml
  mutuals validate data/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(cmd, opts, args)
		},
	}
}

func exactArgs(n int, hint string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) != n {
			return errors.New("expected " + strconv.Itoa(n) + " argument, got " + strconv.Itoa(len(args)) + ": " + hint)
		}
		return nil
	}
}

func compareFields(all bool, fields string) ([]string, error) {
	switch {
	case all && fields != "":
		return nil, errors.New("--all and --fields do not go together: pick one")
	case all:
		return model.CompareFields(), nil
	case fields != "":
		return model.ParseFields(fields)
	}
	return model.DefaultCompareFields, nil
}

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
	return ui.NewOutput(cmd.OutOrStdout(), opts.noColor, outputWidth(opts), format), nil
}

func runList(cmd *cobra.Command, opts *options, query string) error {
	out, err := output(cmd, opts)
	if err != nil {
		return err
	}
	q := model.ParseQuery(query)
	if err := q.Err(); err != nil {
		return err
	}
	ds, err := loadDataset(opts)
	if err != nil {
		return err
	}
	ms := make([]*model.Mutual, 0, len(ds.Mutuals))
	if q.Empty() {
		for i := range ds.Mutuals {
			ms = append(ms, &ds.Mutuals[i])
		}
	} else {
		for _, i := range model.NewIndex(ds).Search(q) {
			ms = append(ms, &ds.Mutuals[i])
		}
	}
	return quiet(out.PrintList(ds, ms))
}

func runShow(cmd *cobra.Command, opts *options, ref string) error {
	out, err := output(cmd, opts)
	if err != nil {
		return err
	}
	ds, err := loadDataset(opts)
	if err != nil {
		return err
	}
	m, err := ds.Find(ref)
	if err != nil {
		return err
	}
	return quiet(out.PrintRecord(ds, m))
}

func runCompare(cmd *cobra.Command, opts *options, refs []string, fields []string) error {
	out, err := output(cmd, opts)
	if err != nil {
		return err
	}
	if len(refs) == 1 {
		return errors.New("compare needs at least two mutuals, e.g. mutuals compare swindon leicester")
	}
	if len(refs) == 0 && !isTerminal(os.Stdin) {
		return errors.New("name two or more mutuals to compare, e.g. mutuals compare swindon leicester")
	}
	if len(refs) == 0 {
		return browse(cmd, opts, fields)
	}
	ds, err := loadDataset(opts)
	if err != nil {
		return err
	}
	var ms []*model.Mutual
	for _, ref := range refs {
		m, err := ds.Find(ref)
		if err != nil {
			return err
		}
		ms = append(ms, m)
	}
	return quiet(out.PrintComparison(model.Compare(ms, fields, ds.Programme)))
}

func runValidate(cmd *cobra.Command, opts *options, paths []string) error {
	var ds *model.Dataset
	var err error
	switch {
	case len(paths) > 0:
		ds, err = data.Load(paths)
	default:
		paths = dataPaths(opts)
		ds, err = loadDataset(opts)
	}
	if err != nil {
		return err
	}
	from := "the built-in dataset"
	if len(paths) > 0 {
		from = fmt.Sprintf("%d %s", ds.Files, plural(ds.Files, "file", "files"))
	}
	cmd.Printf("ok: %d mutuals, %d sources from %s\n", len(ds.Mutuals), len(ds.Sources), from)
	return nil
}

// runBrowse opens the browser on a terminal; elsewhere it prints the list.
func runBrowse(cmd *cobra.Command, opts *options) error {
	if !isTerminal(os.Stdout) || !isTerminal(os.Stdin) {
		return runList(cmd, opts, "")
	}
	return browse(cmd, opts, nil)
}

// browse runs the browser, then prints the comparison picked with p. Data
// files load in the background while the browser shows what has arrived.
func browse(cmd *cobra.Command, opts *options, fields []string) error {
	bo := ui.BrowserOptions{Mouse: !opts.noMouse, Fields: fields}
	ds, err := data.Embedded()
	if paths := dataPaths(opts); len(paths) > 0 {
		limitMemory(paths, browseMemory)
		ds, err = model.NewDataset(data.DatasetName(paths), model.Programme{}, nil, nil), nil
		bo.Load = func(report func([]model.Mutual, []model.Source, int64, int64)) (*model.Dataset, error) {
			return data.LoadWatched(paths, func(p data.Progress) { report(p.Mutuals, p.Sources, p.Bytes, p.Total) })
		}
	}
	if err != nil {
		return err
	}
	c, err := ui.Run(cmd.Context(), ds, bo, opts.noColor)
	if err != nil || c == nil {
		return failureOrNil(err)
	}
	out, err := output(cmd, opts)
	if err != nil {
		return err
	}
	return quiet(out.PrintComparison(*c))
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
