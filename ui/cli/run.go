package cli

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/browser"
	"github.com/mutuals/mutuals/ui/format"
)

func runList(cmd *cobra.Command, opts *options, query string, sort model.Sort) error {
	out, ds, ms, err := findMutuals(cmd, opts, query, sort)
	if err != nil {
		return err
	}
	if opts.plain {
		return quiet(out.PrintTable(format.PlainList(ds, ms)))
	}
	return quiet(inColour(out, opts).PrintList(ds, ms))
}

// findMutuals is what list, stats and timeline share: the output as the
// flags ask, then the dataset and the mutuals the query matches. A bad
// format or query is reported before any data is loaded.
func findMutuals(cmd *cobra.Command, opts *options, query string, sort model.Sort) (format.Output, *model.Dataset, []*model.Mutual, error) {
	out, err := output(cmd, opts)
	if err != nil {
		return out, nil, nil, err
	}
	q := model.ParseQuery(query)
	if err := q.Err(); err != nil {
		return out, nil, nil, err
	}
	ds, err := loadDataset(commandContext(cmd), opts)
	if err != nil {
		return out, nil, nil, err
	}
	return out, ds, matching(ds, index(opts, ds), q, sort), nil
}

// matching is the mutuals q matches, in the order of sort; an empty query
// matches all without building the search index.
func matching(ds *model.Dataset, index func() *model.Index, q model.Query, sort model.Sort) []*model.Mutual {
	var found []int
	if q.Empty() {
		found = make([]int, len(ds.Mutuals))
		for i := range found {
			found[i] = i
		}
	} else {
		found = index().Search(q)
	}
	sort.Order(ds.Mutuals, found)
	ms := make([]*model.Mutual, len(found))
	for i, p := range found {
		ms[i] = &ds.Mutuals[p]
	}
	return ms
}

func runShow(cmd *cobra.Command, opts *options, ref string) error {
	out, err := output(cmd, opts)
	if err != nil {
		return err
	}
	ds, err := loadDataset(commandContext(cmd), opts)
	if err != nil {
		return err
	}
	m, err := ds.Find(ref)
	if err != nil {
		return err
	}
	if opts.plain {
		return quiet(out.PrintTable(format.PlainRecord(ds, m)))
	}
	return quiet(inColour(out, opts).PrintRecord(ds, m))
}

func runCompare(cmd *cobra.Command, opts *options, refs []string, fields []string) error {
	out, err := output(cmd, opts)
	if err != nil {
		return err
	}
	if len(refs) == 1 {
		return errors.New("compare needs at least two mutuals, e.g. mutuals compare swindon leicester")
	}
	if len(refs) > 0 {
		if err := browserFlagsUnused(cmd); err != nil {
			return err
		}
	}
	if len(refs) == 0 && (opts.served != nil || !interactive(os.Stdin)) {
		return errors.New("name two or more mutuals to compare, e.g. mutuals compare swindon leicester")
	}
	if len(refs) == 0 {
		return pick(cmd, opts, fields)
	}
	ds, err := loadDataset(commandContext(cmd), opts)
	if err != nil {
		return err
	}
	ms, err := findDistinct(cmd, ds, refs)
	if err != nil {
		return err
	}
	return printComparison(out, opts, ds, model.Compare(ms, fields, ds))
}

// browserFlagsUnused refuses the browser's flags where compare prints
// rather than opening it: given and ignored, they would say what is not so.
func browserFlagsUnused(cmd *cobra.Command) error {
	for _, name := range []string{"inline", "no-mouse", "no-watch"} {
		if cmd.Flags().Changed(name) {
			return fmt.Errorf("--%s shapes the browser, which compare opens only with no REF to pick in: leave it out, or name no mutuals", name)
		}
	}
	return nil
}

// findDistinct resolves every REF, keeping each mutual once with a note
// for a REF that names one already named (swin after swindon).
func findDistinct(cmd *cobra.Command, ds *model.Dataset, refs []string) ([]*model.Mutual, error) {
	var ms []*model.Mutual
	named := map[*model.Mutual]string{}
	for _, ref := range refs {
		m, err := ds.Find(ref)
		if err != nil {
			return nil, err
		}
		if first, ok := named[m]; ok {
			fmt.Fprintf(cmd.ErrOrStderr(), "note: %s and %s are the same mutual (%s); compared once\n",
				model.Printable(ref), model.Printable(first), model.Printable(m.ID))
			continue
		}
		named[m] = ref
		ms = append(ms, m)
	}
	if len(ms) < 2 {
		return nil, failure{fmt.Errorf("compare needs two different mutuals: every REF names %s", model.Printable(ms[0].ID))}
	}
	return ms, nil
}

func runValidate(cmd *cobra.Command, opts *options, paths []string) error {
	var ds *model.Dataset
	var err error
	switch {
	case len(paths) > 0 && opts.served != nil:
		return errors.New("validate PATH reads files on the server, which a reader may not name: ssh HOST validate checks the served data")
	case len(paths) > 0:
		ds, err = loadPaths(commandContext(cmd), foldPaths(cmd.ErrOrStderr(), paths), opts.builtin)
	default:
		paths = dataPaths(opts)
		ds, err = loadDataset(commandContext(cmd), opts)
	}
	if err != nil {
		return err
	}
	said := fmt.Sprintf("%s, %d %s from %s", ds.Recorded(), len(ds.Sources),
		model.Plural(len(ds.Sources), "source", "sources"), dataFrom(ds, paths, opts.builtin))
	if opts.served != nil && opts.served.problem != nil {
		return failure{servedProblem{opts.served.problem, said}}
	}
	_, err = fmt.Fprintf(cmd.OutOrStdout(), "ok: %s\n", said)
	return quiet(err)
}

// dataFrom says where ds, loaded from paths, came from, as validate and
// the server's start line say it.
func dataFrom(ds *model.Dataset, paths []string, builtin bool) string {
	switch {
	case len(paths) == 0:
		return "the built-in dataset"
	case builtin:
		files := ds.Files - 1
		return fmt.Sprintf("%d %s and the built-in dataset", files, model.Plural(files, "file", "files"))
	}
	return fmt.Sprintf("%d %s", ds.Files, model.Plural(ds.Files, "file", "files"))
}

// servedProblem is a reader's validate while the server's files have
// problems: the problems, as validate prints them on the server, and what
// readers are served meanwhile.
type servedProblem struct {
	error
	served string // the last good data, as validate says it
}

func (p servedProblem) Error() string {
	return p.error.Error() + "\nreaders are served the last good data: " + p.served
}

func (p servedProblem) Unwrap() error { return p.error }

// runBrowse opens the browser on a terminal; elsewhere it prints the list.
func runBrowse(cmd *cobra.Command, opts *options) error {
	if opts.served != nil || !interactive(os.Stdout) || !interactive(os.Stdin) {
		return runList(cmd, opts, "", model.Sort{})
	}
	_, err := browse(cmd, opts, nil)
	return err
}

// pick is compare with no REF: the browser to pick with, then the
// comparison printed with p. Leaving without p is a cancel.
func pick(cmd *cobra.Command, opts *options, fields []string) error {
	printed, err := browse(cmd, opts, fields)
	if err == nil && !printed {
		return errCancelled
	}
	return err
}

// browse runs the browser, then prints the comparison picked with p, and
// says whether it did. Data files load in the background while the
// browser shows what has arrived.
func browse(cmd *cobra.Command, opts *options, fields []string) (bool, error) {
	bo := browser.BrowserOptions{Mouse: !opts.noMouse, Inline: opts.inline, Fields: fields}
	ds, err := data.Embedded()
	if paths := dataPaths(opts); len(paths) > 0 {
		name, load := data.DatasetName(paths), loader(opts.builtin)
		if opts.builtin {
			name = data.BuiltinName(paths)
		}
		ds, err = model.NewDataset(name, nil, nil, nil), nil
		bo.Load = func(report func(data.Progress)) (*model.Dataset, error) {
			return load(commandContext(cmd), paths, report)
		}
		bo.Register = register(paths, !opts.noWatch, opts.builtin)
	}
	if err != nil {
		return false, err
	}
	browsing.Store(true)
	bo.IsDark = opts.palette()
	c, ds, err := browser.Run(commandContext(cmd), ds, bo, opts.noColor)
	browsing.Store(false)
	if err != nil || c == nil {
		return false, failureOrNil(err)
	}
	out, err := output(cmd, opts)
	if err != nil {
		return false, err
	}
	return true, printComparison(out, opts, ds, *c)
}

// printComparison prints c as --format asks, or as a report's table
// with --plain.
func printComparison(out format.Output, opts *options, ds *model.Dataset, c model.Comparison) error {
	if opts.plain {
		return quiet(out.PrintTable(format.PlainComparison(ds, c)))
	}
	return quiet(inColour(out, opts).PrintComparison(c))
}
