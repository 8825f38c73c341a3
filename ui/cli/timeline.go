package cli

import (
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
)

// runTimeline prints the timeline of the mutuals a query matches, in the
// order list prints them.
func runTimeline(cmd *cobra.Command, opts *options, query string) error {
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
	return quiet(out.PrintTimeline(ms))
}
