package cli

import (
	"errors"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
)

func addFormat(cmd *cobra.Command, opts *options) {
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown, csv or json")
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords(formatNames()...))
}

// addRecordFormat is addFormat for the commands that print records, which
// can also print them as a data file (toml) to load again.
func addRecordFormat(cmd *cobra.Command, opts *options) {
	cmd.Flags().StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown, csv, json or toml (a data file, with the sources cited)")
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords(append(formatNames(), "toml")...))
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[tomlAnnotation] = "yes"
}

// addPlain adds --plain to a command that prints records or a comparison.
func addPlain(cmd *cobra.Command, opts *options) {
	cmd.Flags().BoolVar(&opts.plain, "plain", false, "with --format markdown or csv: a table to paste into a report, names as headings, values as text, sources as numbered notes")
}

// tomlAnnotation marks a command that prints --format toml.
const tomlAnnotation = "format-toml"

func listCommand(opts *options) *cobra.Command {
	var sort string
	cmd := &cobra.Command{
		Use:         "list [QUERY…]",
		Annotations: map[string]string{queryCommand: "true"},
		Short:       "Print the mutuals that match a query, one per line",
		Long: `Print one line per matching mutual: id, name, location, service area.

The query is what the browser's search takes: space-separated terms, all of
which must match, ignoring case and accents; a bar gives alternatives.
  adult                 a bare term matches any field
  service:health        ` + queryFieldsHelp("                        ") + `
  "adult social"        quotes make a phrase
  -kpmg                 a minus excludes
  swindon | leicester   either side may match; terms bind tighter than the
                        bar, so a b | c is (a and b) or c. Quote the bar
                        from the shell: mutuals list 'swindon | leicester'

Flags may come before or after the query. A word that starts with one
minus and is not one of the flags below is a query term, so -kpmg and
-service:children need no quoting; "--" before the query is accepted too
(mutuals list -- -kpmg), and flags after it still count.

` + wrapWords("--sort orders the lines by "+sortKeysHelp()+` (date: the earliest
dated event); a leading minus reverses. Mutuals that do not record the field
come last either way.`, 75, ""),
		Example: `  mutuals list
  mutuals list place:london
  mutuals list wave:2
  mutuals list status:ended
  mutuals list 'place:swindon | place:leicester'
  mutuals list service:children -westminster
  mutuals list 'service:"adult social"' --format csv
  mutuals list --sort -date
  mutuals list --format json | jq '.[].name'
  mutuals list service:health --format toml > health.toml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := parseSort(sort)
			if err != nil {
				return err
			}
			return runList(cmd, opts, strings.Join(args, " "), s)
		},
	}
	addRecordFormat(cmd, opts)
	addPlain(cmd, opts)
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "fit the lines to N columns, 20 to 1000, showing the columns that fit, name first (default: the terminal's width; piped, whole lines)")
	cmd.Flags().StringVarP(&sort, "sort", "s", "", "sort by "+sortKeysHelp()+"; -FIELD reverses")
	_ = cmd.RegisterFlagCompletionFunc("sort", completeSort)
	return cmd
}

func showCommand(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show REF",
		Short: "Print one mutual in full, with its sources",
		Long: `Print one mutual in full: its programme, what it runs, who is behind it,
who mentors it and the pool its programme offered it, what became of it (its
status, as of a date), every reading where sources differ, and every source
with its address. --format toml prints it as a data file, with its
programme and the sources it cites, that loads into any register.

REF is an id, a unique start of an id, or text of 3 characters or more
found in exactly one mutual's name or location (shorter text matches ids
only). A REF that matches none suggests the nearest mutuals.`,
		Example: `  mutuals show leicester
  mutuals show newton --format markdown
  mutuals show swindon --format toml > swindon.toml`,
		Args:              exactArgs(1, "name one mutual, e.g. mutuals show leicester"),
		ValidArgsFunction: completeRefs(opts, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd, opts, args[0])
		},
	}
	addRecordFormat(cmd, opts)
	addPlain(cmd, opts)
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "wrap text to N columns, 20 to 1000 (default: the terminal's width, else $COLUMNS, else 80)")
	return cmd
}

func compareCommand(opts *options) *cobra.Command {
	var all bool
	var fields string
	cmd := &cobra.Command{
		Use:   "compare REF REF [REF…]",
		Short: "Set mutuals side by side, field by field",
		Long: `Set two or more mutuals side by side. By default the rows are status (as
of a date), service area, staff groups, mentors named for each mutual, and
the mentor pool each one's programme offered it, under each mutual's name,
location and legal form. Every format (text, markdown, csv, json) gives the
same rows, each same, differs or unknown for all; where sources differ,
every reading follows the values, with its sources, and each event keeps
its own.
Rows marked ≠ differ; rows marked = are the same for all; rows marked ?
are given by no source for any of them (unknown is never the same as
unknown). Location and legal form head the columns. In a row that
differs, each item of a list (service area, staff groups, mentors, partners,
sources) is marked = shared by all, ◐ shared by some, or • only in this one.
Each event leads with its date and kind, its text under them.

With no REF on a terminal, the browser opens to pick: mark with space,
compare with c (on the fields --fields or --all asks for), and p prints the
comparison here (q goes back to pick again). Leaving without p (q on the
list, or ctrl+c) prints nothing and exits with status 130, as fzf does when
cancelled.`,
		Example: `  mutuals compare swindon leicester
  mutuals compare swindon leicester north --all
  mutuals compare swin leic --fields outcome,became,events
  mutuals compare hammersmith westminster kensington --fields partners
  mutuals compare swindon leicester --format csv
  mutuals compare swindon leicester --format markdown --plain`,
		ValidArgsFunction: completeRefs(opts, 0),
		RunE: func(cmd *cobra.Command, args []string) error {
			keys, err := compareFields(all, fields)
			if err != nil {
				return err
			}
			return runCompare(cmd, opts, args, keys)
		},
	}
	addFormat(cmd, opts)
	addPlain(cmd, opts)
	cmd.Flags().BoolVarP(&all, "all", "a", false, "show every field")
	cmd.Flags().StringVar(&fields, "fields", "", "show these fields, comma-separated: "+compareFieldsHelp())
	_ = cmd.RegisterFlagCompletionFunc("fields", completeFields)
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "fit the table to N columns, 20 to 1000 (default: the terminal's width, else $COLUMNS, else 80)")
	addBrowserFlags(cmd, opts)
	return cmd
}

func timelineCommand(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:         "timeline [QUERY…]",
		Annotations: map[string]string{queryCommand: "true"},
		Short:       "Draw when each mutual was announced, ran and ended, along a year axis",
		Long: `Draw one row per matching mutual along a year axis, from its dated events
and its status: when it was announced, when it ran its services, and when
it ended.

  ◆ announced          ─ announced, not yet running     ━ running
  ╍ running from a start no source dates: a contract won, or a source
    saying it runs, but no launch dated (drawn up to that first date);
    or a launch whose year the sources dispute, over the years they give
  • another dated event (a contract won or lost, a report)
  ✕ ended: its services transferred away, or it was wound up or closed;
    or dropped before it went ahead
  ┄ unknown after the last dated fact, or after the last fact that says
    it was planned: no source says what happened next, which is not the
    same as still running (or still planned)

Where readings on an event name another year for the end, the status
column gives both ("dropped 2011-08, or 2010") and the years between are
drawn unknown. A date known only to its year or month is drawn from the
start of it, and sorts before the more precise dates in it; an end so
dated comes after them ("2020" with an end on 2020-06-16 is drawn before
that end).

Under the chart, where sources differ on an event or the status, each
reading with its sources.

A contract lost with notice does not end a mutual: the services go on until
they are transferred. The axis spans the years of the events shown; a narrow
width gives a year fewer cells, then a cell several years. The query is the
one list takes. Markdown, CSV and JSON give the dates in full (as precise as
each source: a year, a month or a day), the status with its date, and the
readings; JSON each event with its sources.`,
		Example: `  mutuals timeline
  mutuals timeline service:health --width 100
  mutuals timeline 'outcome:"spun out"' --format markdown
  mutuals timeline --format json | jq '.mutuals[] | select(.end_known | not) | .name'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTimeline(cmd, opts, strings.Join(args, " "))
		},
	}
	addFormat(cmd, opts)
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "fit the chart to N columns, 20 to 1000 (default: the terminal's width, else $COLUMNS, else 80)")
	return cmd
}

func validateCommand(opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [PATH…]",
		Short: "Check data files and report every problem",
		Long: `Check data files without starting the browser: every problem is reported
with its file, line and column, and the exit status is 1 if there is one.
With no PATH, checks what --data, MUTUALS_DATA or the built-in dataset
would load. Never writes to a file.`,
		Example: `  mutuals validate my-mutuals.toml
  # what the browser would load: --data, MUTUALS_DATA or the built-in set
  mutuals validate`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 && len(opts.data) > 0 {
				return errors.New("validate takes PATHs or --data, not both: mutuals validate " + quoteArg(args[0]) + " checks that path alone")
			}
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

func parseSort(s string) (model.Sort, error) {
	if s == "" {
		return model.Sort{}, nil
	}
	return model.ParseSort(s)
}
