package render

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

// eventIndent is how far an event's text hangs under the date that leads
// it, so that each event of a column reads apart from the next, in colour
// or none.
const eventIndent = "  "

// isEvents reports whether a row is the mutuals' dated histories, which
// show an event a block rather than an item a line.
func isEvents(r model.Row) bool { return r.Field == "events" }

// splitEvent parts "2011-01 launched: text" into its date-led head and its
// text. The kind is one of model.EventKinds, so the first ": " ends it.
func splitEvent(v string) (head, text string) {
	head, text, ok := strings.Cut(v, ": ")
	if !ok {
		return v, ""
	}
	return head, text
}

// eventBlocks lays out events in width w: each event's date and kind on a
// line of its own, its text hanging under them.
// A screen's budget b ends them where it is spent.
func eventBlocks(values []string, w int, st Styles, b *Budget) []string {
	indent := eventIndent
	if w-len(indent) < 4 { // too narrow to hang: the date still leads
		indent = ""
	}
	lead := st.Heading.UnsetUnderline() // bold: the date is what the eye looks for
	var out []string
	for i, v := range values {
		if b.Spent() {
			b.Skip(Sizes(values[i:]...))
			break
		}
		head, text := splitEvent(v)
		for _, l := range b.Wrap(head, w, st) {
			out = append(out, b.Charge([]string{lead.Render(l)})...)
		}
		if text != "" {
			out = append(out, b.Charge(hangLines(indent, indent, b.Wrap(text, w-len(indent), st), lipgloss.NewStyle()))...)
		}
	}
	return out
}
