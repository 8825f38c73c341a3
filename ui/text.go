package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// wrap makes untrusted text printable and breaks it into lines of at most
// width cells, breaking words only when a word alone is too long.
func wrap(s string, width int) []string {
	width = max(width, 1)
	s = model.Printable(s)
	if s == "" {
		return []string{""}
	}
	return strings.Split(ansi.Wrap(s, width, "-/"), "\n")
}

// width is the number of terminal cells s takes.
func width(s string) int { return ansi.StringWidth(s) }

// pad fills s with spaces to w cells.
func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// truncate cuts s to w cells with an ellipsis, for screens only: printed
// output wraps instead.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// join lists values for reading: "a, b, c".
func join(values []string) string { return strings.Join(values, ", ") }

// labelled lays out a label and its wrapped value with a hanging indent:
//
//	service area  community health,
//	              adult social care
func labelled(st Styles, label, value string, labelW, total int) []string {
	lines := wrap(value, total-labelW-2)
	out := make([]string, len(lines))
	for i, l := range lines {
		lab := ""
		if i == 0 {
			lab = model.Printable(label)
		}
		out[i] = st.Label.Render(pad(lab, labelW)) + "  " + l
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
