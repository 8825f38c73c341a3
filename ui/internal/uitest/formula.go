package uitest

import (
	"strings"

	"github.com/mutuals/mutuals/model"
)

// RunsAsFormula reports whether a spreadsheet would read a CSV cell as a
// formula: its first character is a tab or a carriage return, or its
// first character that shows (after spaces, line breaks and invisible
// characters such as NBSP, zero-width spaces and a byte-order mark, which
// spreadsheets skip) is =, +, - or @.
func RunsAsFormula(cell string) bool {
	if cell != "" && (cell[0] == '\t' || cell[0] == '\r') {
		return true
	}
	rest := strings.TrimLeftFunc(cell, func(r rune) bool { return model.Blank(string(r)) })
	return rest != "" && strings.IndexByte("=+-@", rest[0]) >= 0
}
