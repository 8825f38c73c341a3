package cli

import (
	"fmt"
	"strings"

	mango "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/ui/render"
)

// manCommand is fang's man command with the help topics added: the page
// holds the commands and flags, then every topic as a section, so what
// mutuals help TOPIC says is in the manual too.
func manCommand() *cobra.Command {
	return &cobra.Command{
		Use:                   "man",
		Short:                 "Print the manual page, every help topic in it (mutuals man | man -l -)",
		SilenceUsage:          true,
		DisableFlagsInUseLine: true,
		Args:                  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := manPage(cmd.Root())
			if err != nil {
				return failure{err}
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), page)
			return quiet(err)
		},
	}
}

// manPage is the whole manual page, in roff.
func manPage(root *cobra.Command) (string, error) {
	page, err := mango.NewManPage(1, root)
	if err != nil {
		return "", err
	}
	// mango makes each line of the description a paragraph: join the lines
	// of each paragraph, so that man fills them as prose.
	page = page.WithLongDescription(joinParagraphs(root.Long))
	var b strings.Builder
	b.WriteString(page.Build(roff.NewDocument()))
	for _, t := range topics() {
		text, err := t.text()
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&b, ".SH %s\n", roffQuote("HELP "+strings.ToUpper(t.name)))
		b.WriteString(roffEscape("mutuals help "+t.name+": "+t.short+".") + "\n")
		writeRoff(&b, parseTopic(text))
	}
	return b.String(), nil
}

// writeRoff writes a topic's blocks as roff: running text for troff to
// fill, tables as tagged paragraphs, verbatim lines unfilled.
func writeRoff(b *strings.Builder, blocks []block) {
	for _, bl := range blocks {
		switch bl.kind {
		case heading:
			fmt.Fprintf(b, ".SS %s\n", roffQuote(bl.lines[0]))
		case paragraph:
			b.WriteString(".PP\n" + roffEscape(bl.lines[0]) + "\n")
		case list:
			for _, item := range bl.lines {
				b.WriteString(".IP \\(bu 2\n" + roffEscape(item) + "\n")
			}
		case table:
			indent := 0
			for _, t := range bl.terms {
				indent = max(indent, render.Width(t)+2)
			}
			b.WriteString(".sp\n.PD 0\n")
			for i, t := range bl.terms {
				fmt.Fprintf(b, ".TP %d\n\\fB%s\\fR\n%s\n", min(indent, 20), roffEscape(t), roffEscape(bl.lines[i]))
			}
			b.WriteString(".PD\n")
		case verbatim:
			b.WriteString(".PP\n.RS 2\n.nf\n")
			for _, l := range bl.lines {
				b.WriteString(roffEscape(l) + "\n")
			}
			b.WriteString(".fi\n.RE\n")
		}
	}
}

// joinParagraphs joins the lines of each paragraph of s with spaces,
// keeping the blank lines between paragraphs.
func joinParagraphs(s string) string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		out = append(out, strings.Join(strings.Fields(p), " "))
	}
	return strings.Join(out, "\n")
}

// roffEscape makes text literal to troff: a backslash is \e, and a line
// that starts with a dot or an apostrophe (a request) starts with \& first.
func roffEscape(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// roffQuote is an argument of a request, quoted.
func roffQuote(s string) string {
	return `"` + strings.ReplaceAll(roffEscape(s), `"`, `""`) + `"`
}
