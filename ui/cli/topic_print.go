package cli

import (
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/render"
)

// topicWidest is the widest a topic's running text is set, however wide the
// terminal: longer lines are hard to read.
const topicWidest = 100

// printTopic writes a topic to stdout, wrapped to the terminal's width (or
// $COLUMNS, else 80), styled only on a terminal that takes colour.
func printTopic(cmd *cobra.Command, opts *options, t topic) error {
	text, err := t.text()
	if err != nil {
		return failure{err}
	}
	width, _ := outputWidth(nil, opts)
	w := cmd.OutOrStdout()
	var st *render.Styles
	if isStdout(w) && interactive(os.Stdout) {
		cw := colorprofile.NewWriter(w, os.Environ())
		cw.Profile = format.Profile(os.Stdout, opts.noColor)
		if cw.Profile > colorprofile.ASCII {
			s := render.NewStyles(opts.palette())
			st = &s
		}
		w = cw
	}
	_, err = w.Write([]byte(renderTopic(parseTopic(text), min(width, topicWidest), st)))
	return quiet(err)
}

// renderTopic sets a topic's blocks in width columns, with st's heading
// and key styles when st is not nil.
func renderTopic(blocks []block, width int, st *render.Styles) string {
	style := func(s lipgloss.Style, text string) string {
		if st == nil {
			return text
		}
		return s.Render(text)
	}
	var out []string
	for i, b := range blocks {
		if i > 0 {
			out = append(out, "")
		}
		switch b.kind {
		case heading:
			for _, h := range render.Wrap(b.lines[0], width) {
				out = append(out, style(headingStyle(st), h))
			}
		case paragraph:
			out = append(out, render.Wrap(b.lines[0], width)...)
		case list:
			for _, item := range b.lines {
				out = append(out, hang("- ", render.Wrap(item, width-2))...)
			}
		case table:
			out = append(out, tableLines(b, width, func(t string) string {
				if st == nil {
					return t
				}
				return style(st.Key, t)
			})...)
		case verbatim: // examples and extracts: cut to fit, never wrapped
			for _, l := range b.lines {
				out = append(out, render.Truncate(l, width))
			}
		}
	}
	return strings.Join(out, "\n") + "\n"
}

func headingStyle(st *render.Styles) lipgloss.Style {
	if st == nil {
		return lipgloss.NewStyle()
	}
	return st.Heading
}

// hang puts head before the first line and its width in spaces before
// the others.
func hang(head string, lines []string) []string {
	pad := strings.Repeat(" ", render.Width(head))
	for i := range lines {
		if i == 0 {
			lines[i] = head + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return lines
}

// tableLines sets a table's terms in a column and wraps each description
// beside its term; when the width leaves too little room beside the
// widest term, each description goes under its term instead.
func tableLines(b block, width int, key func(string) string) []string {
	termW := 0
	for _, t := range b.terms {
		termW = max(termW, render.Width(t))
	}
	const indent, gap, narrowest = 2, 2, 24
	var out []string
	if width-indent-termW-gap < narrowest {
		for i, t := range b.terms {
			for _, l := range render.Wrap(t, width-indent) {
				out = append(out, strings.Repeat(" ", indent)+key(l))
			}
			for _, l := range render.Wrap(b.lines[i], width-indent-4) {
				out = append(out, strings.Repeat(" ", indent+4)+l)
			}
		}
		return out
	}
	for i, t := range b.terms {
		head := strings.Repeat(" ", indent) + key(t) + strings.Repeat(" ", termW-render.Width(t)+gap)
		pad := strings.Repeat(" ", indent+termW+gap)
		for j, l := range render.Wrap(b.lines[i], width-indent-termW-gap) {
			if j == 0 {
				out = append(out, head+l)
			} else {
				out = append(out, pad+l)
			}
		}
	}
	return out
}
