package cli

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// queryCommand marks a command whose arguments are a query, so that a word
// starting with - that is not one of its flags is a term ("-kpmg" excludes
// KPMG) rather than an unknown flag.
const queryCommand = "query"

// queryArgs rewrites a command line for a query command so that cobra sees
// its flags first and every query word after "--". A word with one dash
// is a flag only when it is one of the command's shorthands exactly (-s,
// -s=date); any other is part of the query, wherever it stands, so
// "-swindon" is a term and not -s with the value "windon". A word with two
// dashes is always a flag, so a mistyped one is still reported. A "--" the
// user typed is accepted and changes nothing: flags after it are flags.
func queryArgs(root *cobra.Command, args []string) []string {
	cmd, _, err := root.Find(args)
	if err != nil || cmd.Annotations[queryCommand] == "" {
		return args
	}
	cmd.InitDefaultHelpFlag()
	flags := pflag.NewFlagSet(cmd.Name(), pflag.ContinueOnError)
	flags.AddFlagSet(cmd.Flags())
	flags.AddFlagSet(cmd.InheritedFlags())
	names := len(strings.Fields(cmd.CommandPath())) - 1
	var kept, terms []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch f, inline := lookupFlag(flags, a); {
		case a == "--":
		case f != nil || strings.HasPrefix(a, "--"):
			kept = append(kept, a)
			if f != nil && !inline && f.NoOptDefVal == "" && i+1 < len(args) {
				i++
				kept = append(kept, args[i])
			}
		case names > 0 && !strings.HasPrefix(a, "-"):
			names--
			kept = append(kept, a)
		default:
			terms = append(terms, a)
		}
	}
	if len(terms) == 0 {
		return kept
	}
	return append(append(kept, "--"), terms...)
}

// lookupFlag is the flag a word names exactly, and whether the word holds
// its value after "=".
func lookupFlag(flags *pflag.FlagSet, word string) (*pflag.Flag, bool) {
	name, _, inline := strings.Cut(word, "=")
	switch {
	case strings.HasPrefix(name, "--") && len(name) > 2:
		return flags.Lookup(name[2:]), inline
	case strings.HasPrefix(name, "-") && len(name) == 2:
		return flags.ShorthandLookup(name[1:]), inline
	}
	return nil, false
}
