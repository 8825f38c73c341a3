package cli

import (
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
)

// completeRefs offers the ids of the mutuals the data flags would load,
// each described by its name, leaving out those already named.
func completeRefs(opts *options, most int) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if most > 0 && len(args) >= most {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		findDataPathsNoting(io.Discard, opts)
		ds, err := loadDataset(commandContext(cmd), opts)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, m := range ds.Mutuals {
			if strings.HasPrefix(m.ID, toComplete) && !slices.Contains(args, m.ID) {
				out = append(out, cobra.CompletionWithDesc(m.ID, model.Printable(m.Name)))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeWords offers the values of a flag that start as typed.
func completeWords(words ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, w := range words {
			if strings.HasPrefix(w, toComplete) {
				out = append(out, w)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeSort offers every sort key, and each reversed with a minus.
func completeSort(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var keys []string
	for _, k := range model.SortKeys {
		keys = append(keys, k, "-"+k)
	}
	return completeWords(keys...)(cmd, args, toComplete)
}

// completeFields offers the next field of a comma-separated --fields.
func completeFields(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	done, _ := cutLast(toComplete, ",")
	var out []cobra.Completion
	for _, k := range model.CompareFields() {
		if !slices.Contains(strings.Split(done, ","), k) && strings.HasPrefix(done+k, toComplete) {
			out = append(out, done+k)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// cutLast splits s after its last sep: "a,b,c" is "a,b," and "c".
func cutLast(s, sep string) (string, string) {
	i := strings.LastIndex(s, sep)
	return s[:i+1], s[i+1:]
}

func facetNames() []string {
	var out []string
	for _, k := range model.FacetFields {
		f, _ := model.FieldByKey(k)
		out = append(out, f.Names...)
	}
	return out
}

func formatNames() []string {
	var out []string
	for _, f := range format.Formats {
		out = append(out, string(f))
	}
	return out
}
