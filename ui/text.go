package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

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
	var out []string
	for _, l := range strings.Split(ansi.Wrap(s, width, "-/"), "\n") {
		// ansi.Wrap can overrun by a cell or two after a breakpoint
		// (charmbracelet/x#785): such a line is cut again, hard.
		if ansi.StringWidth(l) > width {
			out = append(out, strings.Split(ansi.Hardwrap(l, width, true), "\n")...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// width is the number of terminal cells s takes. Text made only of
// characters that never join a neighbour into one grapheme and whose width
// is plain (ASCII, the Latin letters before the combining marks, CJK
// ideographs, kana, Hangul syllables, fullwidth forms) is counted a rune at
// a time, about twenty times faster than ansi.StringWidth, which anything
// else (marks, emoji, escape sequences) goes to.
func width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch w := plainWidth(r); w {
		case 0:
			return ansi.StringWidth(s)
		default:
			n += w
		}
		i += size
	}
	return n
}

// plainWidth is the cells r takes when it is a character width can count
// alone (see width), else 0.
func plainWidth(r rune) int {
	switch {
	case r >= 0xa0 && r < 0x300 && r != 0xad: // Latin-1 and Latin Extended, not the soft hyphen
		return 1
	case r >= 0x4e00 && r <= 0x9fff, r >= 0x3400 && r <= 0x4dbf, // CJK ideographs
		r >= 0xac00 && r <= 0xd7a3,                             // Hangul syllables
		r >= 0x3041 && r <= 0x3096, r >= 0x30a1 && r <= 0x30fa, // kana
		r >= 0xff01 && r <= 0xff60: // fullwidth forms
		return 2
	}
	return 0
}

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
	label = model.Printable(label)
	if width(label) > labelW || total-labelW-2 < 12 {
		// too long a label, or too narrow a screen: the label on a line of
		// its own, the value indented under it
		out := []string{st.Label.Render(truncate(label, total))}
		for _, l := range wrap(value, total-2) {
			out = append(out, "  "+l)
		}
		return out
	}
	lines := wrap(value, total-labelW-2)
	out := make([]string, len(lines))
	for i, l := range lines {
		lab := ""
		if i == 0 {
			lab = label
		}
		out[i] = st.Label.Render(pad(lab, labelW)) + "  " + l
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// plural picks the word for n things.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
