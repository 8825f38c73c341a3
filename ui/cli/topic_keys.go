package cli

import (
	"strings"

	"github.com/mutuals/mutuals/ui/browser"
)

// keyTables is the browser's keys as a topic's tables, a heading for each
// screen: made from the key maps the browser dispatches on, as its ?
// screen is, so mutuals help keys cannot disagree with the keys.
func keyTables() string {
	var b strings.Builder
	for i, s := range browser.KeyHelpSections() {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("# " + s.Title + "\n\n")
		for _, k := range s.Keys {
			b.WriteString("| " + k.Key + " | " + k.Desc + "\n")
		}
	}
	return b.String()
}
