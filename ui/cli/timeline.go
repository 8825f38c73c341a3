package cli

import (
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
)

// runTimeline prints the timeline of the mutuals a query matches, in the
// order list prints them.
func runTimeline(cmd *cobra.Command, opts *options, query string) error {
	out, _, ms, err := findMutuals(cmd, opts, query, model.Sort{})
	if err != nil {
		return err
	}
	return quiet(inColour(out, opts).PrintTimeline(ms))
}
