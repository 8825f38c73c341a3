package cli

import (
	"slices"

	"github.com/spf13/cobra"
)

// servedLong is the root's help for a reader over SSH: what the server
// serves, not how to run mutuals here.
const servedLong = `Read the register this server serves: browse it with a terminal
(ssh -p PORT HOST), or print from it with a command
(ssh -p PORT HOST list service:health -f csv > health.csv), with the
same output and exit status as mutuals prints where it is installed.

The data is the server's: a reader cannot change it (e says so in the
browser) or name files on the server, and runs only the commands below.`

const servedExample = `  # browse, search, mark and compare (q quits)
  ssh HOST

  # print
  ssh HOST list service:health -f csv > health.csv
  ssh HOST show leicester
  ssh HOST compare swindon leicester
  ssh HOST help list`

// readersHelp shapes root's help for a reader: only the commands served,
// no flag that chooses the data, and the reader's own examples.
func readersHelp(root *cobra.Command) {
	root.Long, root.Example = servedLong, servedExample
	root.CompletionOptions.DisableDefaultCmd = true
	for _, c := range root.Commands() {
		if !slices.Contains(servedCommands, c.Name()) {
			c.Hidden = true
		}
	}
	for _, c := range append(root.Commands(), root) {
		for _, name := range []string{"data", "builtin"} {
			if f := c.Flags().Lookup(name); f != nil {
				f.Hidden = true
			}
		}
	}
}
