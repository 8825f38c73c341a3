package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
)

func statsCommand(opts *options) *cobra.Command {
	var by string
	cmd := &cobra.Command{
		Use:         "stats [QUERY…] [--by FIELD]",
		Annotations: map[string]string{queryCommand: "true"},
		Short:       "Count the mutuals by each value of a field",
		Long: `Count the mutuals that match a query (all of them, with no query) by each
value of one field, largest first, with each count's share of the matched
mutuals and a bar. The default field is service area.

` + wrapWords("FIELD is one of: "+facetFieldsHelp()+`. A mutual counts once under
each of its values, and under each legal form its sources give where they
disagree, so shares can add up to more than 100%. Values that differ only in
case, accents or spacing count as one. Mutuals with no value, or "unknown",
count last, as "(unknown or none recorded)" ("(unknown or none named)" for
mentors).`, 75, "") + `

The query is the one list and the browser's search take.`,
		Example: `  mutuals stats
  mutuals stats --by form
  mutuals stats --by wave
  mutuals stats --by status
  mutuals stats place:london --by staff
  mutuals stats --by outcome --format csv
  mutuals stats --by region --format json | jq '.[0]'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := model.FacetField(by)
			if err != nil {
				return err
			}
			return runStats(cmd, opts, strings.Join(args, " "), f)
		},
	}
	addFormat(cmd, opts)
	cmd.Flags().StringVarP(&by, "by", "b", "service", "the field to count by: "+facetFieldsHelp())
	_ = cmd.RegisterFlagCompletionFunc("by", completeWords(facetNames()...))
	cmd.Flags().IntVarP(&opts.width, "width", "w", 0, "fit the bars to N columns, 20 to 1000 (default: the terminal's width, else $COLUMNS, else 80)")
	return cmd
}

func runStats(cmd *cobra.Command, opts *options, query string, f model.Field) error {
	out, _, ms, err := findMutuals(cmd, opts, query, model.Sort{})
	if err != nil {
		return err
	}
	return quiet(inColour(out, opts).PrintStats(format.Stats{Field: f, Query: query, Mutuals: len(ms), Counts: model.Facet(ms, f.Key)}))
}
