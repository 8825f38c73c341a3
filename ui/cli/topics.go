package cli

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/template"

	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/model"
)

// A topic is reference a user reads where they work, as go help TOPIC
// and gh help formatting give it: mutuals help query. Its text is a file
// in topics/, written in the small markup of topicText, with the lists
// that must not drift from the program (fields, keys) filled in from
// the tables they come from.
type topic struct {
	name, short string
	text        func() (string, error)
}

//go:embed topics/*.txt
var topicFiles embed.FS

// topics are every help topic, in the order help lists them.
func topics() []topic {
	file := func(name, short string) topic {
		return topic{name: name, short: short, text: func() (string, error) { return topicFile(name) }}
	}
	return []topic{
		file("query", "the query language: words, field:, phrases, negation, alternatives"),
		file("keys", "every key of the browser, by screen; marking, copying, sorting"),
		file("format", "the data file format: every key, programmes, status, sources"),
		file("register", "keep your own register: init, e, reloading, problems, --builtin"),
		file("output", "REFs, printed formats, --plain, widths, exit status"),
		file("data", "where the built-in data comes from, and what is missing"),
		file("environment", "environment variables mutuals reads"),
	}
}

// topicNames are the names of every topic, in order.
func topicNames() []string {
	var out []string
	for _, t := range topics() {
		out = append(out, t.name)
	}
	return out
}

func findTopic(name string) (topic, bool) {
	i := slices.IndexFunc(topics(), func(t topic) bool { return t.name == name })
	if i < 0 {
		return topic{}, false
	}
	return topics()[i], true
}

// topicFile is a topic's file with its lists filled in.
func topicFile(name string) (string, error) {
	src, err := topicFiles.ReadFile("topics/" + name + ".txt")
	if err != nil {
		return "", err
	}
	t, err := template.New(name).Funcs(topicFuncs).Parse(string(src))
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	err = t.Execute(&out, nil)
	return out.String(), err
}

// topicFuncs fill a topic's lists from the tables the program runs on.
var topicFuncs = template.FuncMap{
	"queryFields":   func() string { return strings.Join(model.QueryFieldNames(), ", ") },
	"facetFields":   facetFieldsHelp,
	"compareFields": compareFieldsHelp,
	"sortKeys":      sortKeysHelp,
	"keyTables":     keyTables,
	"fieldTable":    fieldTable,
}

// fieldTable is every field a query term may name, as a topic's table.
func fieldTable() string {
	var b strings.Builder
	for _, f := range model.Fields {
		names := make([]string, len(f.Names))
		for i, n := range f.Names {
			names[i] = n + ":"
		}
		b.WriteString("| " + strings.Join(names, " ") + " | " + f.Label + "\n")
	}
	return b.String()
}

// helpCommand is help for a command, as cobra's is, or for a topic.
func helpCommand(opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND | TOPIC]",
		Short: "Help on a command, or on a topic: " + strings.Join(topicNames(), ", "),
		Long:  "Help on any command (mutuals help compare), or on a topic:\n\n" + topicList() + "\nEvery topic is also in the manual page (mutuals man | man -l -).",
		Example: `  mutuals help query
  mutuals help environment`,
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, t := range topics() {
				out = append(out, cobra.CompletionWithDesc(t.name, t.short))
			}
			for _, c := range cmd.Root().Commands() {
				if c.IsAvailableCommand() && c.Name() != "help" {
					out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			if len(args) == 0 {
				return root.Help()
			}
			if t, ok := findTopic(args[0]); ok && len(args) == 1 {
				return printTopic(cmd, opts, t)
			}
			if target, rest, err := root.Find(args); err == nil && target != root && len(rest) == 0 {
				return target.Help()
			}
			return unknownTopic(root, args)
		},
	}
}

// topicList is the topics, one a line with what each covers.
func topicList() string {
	var b strings.Builder
	for _, t := range topics() {
		fmt.Fprintf(&b, "  %-12s %s\n", t.name, t.short)
	}
	return b.String()
}

// unknownTopic says what help can explain, with the nearest name.
func unknownTopic(root *cobra.Command, args []string) error {
	word := strings.Join(args, " ")
	msg := fmt.Sprintf("no help topic or command %q", model.Printable(word))
	names := topicNames()
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	if near := nearestWord(args[0], names); near != "" {
		msg += ": did you mean " + near + "?"
	}
	return errors.New(msg + "\nhelp topics: " + strings.Join(topicNames(), ", ") +
		"\nor a command: mutuals help COMMAND (mutuals --help lists them)")
}

// nearestWord is the one of words within two edits of w, if any.
func nearestWord(w string, words []string) string {
	best, bestD := "", 3
	for _, c := range words {
		if d := editDistance(strings.ToLower(w), c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of two short words, in runes;
// a long word is cut first, since no topic is long.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	ra = ra[:min(len(ra), 32)]
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := range ra {
		cur := make([]int, len(rb)+1)
		cur[0] = i + 1
		for j := range rb {
			cost := 1
			if ra[i] == rb[j] {
				cost = 0
			}
			cur[j+1] = min(prev[j+1]+1, cur[j]+1, prev[j]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
