package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
)

// Wrap makes untrusted text printable and breaks it into lines of at most
// width cells, at spaces only: a URL, an id or a date is never split at a
// hyphen or slash. A word alone too long for the line is cut, which a table
// cell or a screen must do; printed running text uses wrapWhole.
func Wrap(s string, width int) []string {
	width = max(width, 1)
	var out []string
	for _, l := range wrapWhole(s, width) {
		if ansi.StringWidth(l) > width {
			out = append(out, strings.Split(ansi.Hardwrap(l, width, true), "\n")...)
			continue
		}
		out = append(out, l)
	}
	return out
}

// wrapWhole is wrap for printed running text: a word too long for any line
// goes on a line of its own, whole, wider than width, so that the terminal
// soft-wraps it and copying it (a URL, an id) still works. Words break at
// spaces only; the spaces between words on one line are kept as written.
func wrapWhole(s string, limit int) []string {
	s = strings.TrimSpace(model.Printable(s))
	var out []string
	// each line is s[start:end], spaces as written: no line is copied
	start, end, lineW := 0, 0, 0
	for at := 0; at < len(s); {
		n := strings.IndexByte(s[at:], ' ')
		if n < 0 {
			n = len(s) - at
		}
		ww := Width(s[at : at+n])
		switch gap := at - end; {
		case end == start:
			start, lineW = at, ww
		case lineW+gap+ww > limit:
			out = append(out, s[start:end])
			start, lineW = at, ww
		default:
			lineW += gap + ww
		}
		end = at + n
		at = end
		for at < len(s) && s[at] == ' ' {
			at++
		}
	}
	return append(out, s[start:end])
}

// wrapText wraps running text as the destination needs: cut to fit on a
// screen, whole words in printed output. A screen lays out what its
// budget allows (Budget.Text) and says how much of a long value is left
// and what prints it all.
func (st pen) wrapText(s string, width int) []string {
	if !st.screen {
		return st.marks(wrapWhole(s, width))
	}
	return st.budget.wrap(s, st.size, width, st.Styles, st.marks)
}

// marks marks the query's matches in each line.
func (st pen) marks(lines []string) []string {
	if !st.find.Empty() {
		for i, l := range lines {
			lines[i] = st.marked(l)
		}
	}
	return lines
}

// marked draws what the query being shown matched in a line of the
// field being drawn. Each line is searched on its own, after wrapping, so
// that the styling never changes where a line breaks.
func (st pen) marked(l string) string {
	rs := st.find.Highlight(st.field, l)
	if len(rs) == 0 {
		return l
	}
	var b strings.Builder
	at := 0
	for _, r := range rs {
		b.WriteString(l[at:r.Start])
		b.WriteString(st.Match.Render(l[r.Start:r.End]))
		at = r.End
	}
	b.WriteString(l[at:])
	return b.String()
}

// pen is the styles as a record is drawn with them: for a screen or for
// print, with the query whose matches it marks, in the field being drawn.
type pen struct {
	Styles
	screen bool        // drawn for a screen (RecordOptions.Screen)
	find   model.Query // what to highlight
	field  string      // the field being drawn, for find's fielded terms
	budget *Budget     // what a screen may still lay out; nil printed
	size   int         // the bytes of a value wrapText is given the start of
}

// in is the pen for drawing field (a model.Field key, or "" for text of
// no one field), whose matches of fielded terms are drawn too.
func (st pen) in(field string) pen {
	st.field = field
	return st
}

// Width is the number of terminal cells s takes. Text made only of
// characters that never join a neighbour into one grapheme and whose width
// is plain (ASCII, the Latin letters before the combining marks, CJK
// ideographs, kana, Hangul syllables, fullwidth forms) is counted a rune at
// a time, about twenty times faster than ansi.StringWidth, which anything
// else (marks, emoji, escape sequences) goes to.
func Width(s string) int {
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

// Pad fills s with spaces to w cells.
func Pad(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// Truncate cuts s to w cells with an ellipsis, for screens only: printed
// output wraps instead.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// TruncateWords is Truncate ending at a word's end, where one falls in
// the latter half of w: "services with…", not "services with Ha…". A
// line with no such place is cut as Truncate cuts it. s may be styled.
func TruncateWords(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Width(s) <= w {
		return s
	}
	cut, at, prev := 0, 0, ' '
	for _, r := range ansi.Strip(s) {
		if r == ' ' && prev != ' ' && prev != '…' && at <= w-1 {
			cut = at
		}
		at += Width(string(r))
		if at > w {
			break
		}
		prev = r
	}
	if cut < w/2 {
		return Truncate(s, w)
	}
	return ansi.Truncate(s, cut+1, "…")
}

// Commas lists values for reading: "a, b, c".
func Commas(values []string) string { return strings.Join(values, ", ") }

// labelled lays out a label and its wrapped value with a hanging indent:
//
//	service area  community health,
//	              adult social care
func labelled(st pen, label, value string, labelW, total int) []string {
	label = model.Printable(label)
	narrow := total-labelW-2 < 12 || (!st.screen && longestWord(value) > total-labelW-2)
	if Width(label) > labelW || narrow {
		// too long a label, too narrow a screen, or (printed) a word too
		// long for the column: the label on a line of its own, the value
		// indented under it
		out := []string{st.Label.Render(Truncate(label, total))}
		for _, l := range st.wrapText(value, total-2) {
			out = append(out, "  "+l)
		}
		return out
	}
	lines := st.wrapText(value, total-labelW-2)
	out := make([]string, len(lines))
	for i, l := range lines {
		lab := ""
		if i == 0 {
			lab = label
		}
		out[i] = st.Label.Render(Pad(lab, labelW)) + "  " + l
	}
	return out
}

// longestWord is the width of the widest space-separated word of s.
func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(model.Printable(s)) {
		n = max(n, Width(w))
	}
	return n
}
