package render

import "strings"

// ScreenMax is the most a screen lays out of one record, comparison or
// list of sources, in bytes: the text it reads from the data and the lines
// it makes, both counted. A real record lays out a few KiB; a hostile one
// (2,000 events of 33 KB each) stops here, where it would have laid out
// a gigabyte and taken seconds a key.
const ScreenMax = 256 << 10

// A Budget is what a screen may still lay out of one record, comparison
// or list: every text a screen layout wraps goes through one (Text or
// Wrap, which charge it what they read), the layout charges it the lines
// it makes (Charge), and each item it would draw asks Spent first, so
// that a layout costs what ScreenMax allows, however much the data holds.
// When it is spent, the layout skips the rest, counting it (Skip), and
// ends with the line More makes: how much was left out, and what prints
// it all.
//
// A nil Budget is printed output's: it never cuts anything.
type Budget struct {
	left int    // bytes still to lay out
	over int    // bytes of the data's text left out for want of budget
	by   string // what prints it all: "the command show big prints it all"
}

// NewBudget is a screen's budget of ScreenMax bytes; by says what prints
// what it leaves out: "the command show big prints it all".
func NewBudget(by string) *Budget { return &Budget{left: ScreenMax, by: by} }

// Spent reports whether nothing more is to be laid out; a nil budget
// never is.
func (b *Budget) Spent() bool { return b != nil && b.left <= 0 }

// Skip counts n bytes of the data's text that a spent budget left out.
func (b *Budget) Skip(n int) {
	if b != nil {
		b.over += n
	}
}

// Charge counts lines laid out against b, and returns them.
func (b *Budget) Charge(lines []string) []string {
	if b != nil {
		for _, l := range lines {
			b.left -= len(l)
		}
	}
	return lines
}

// Text is s as a screen lays it out, charged to b: at most ScreenTextMax
// bytes of it and no more than b has left, cut after a word where one
// ends near. It returns how much of s was cut for its own length, which
// the caller says under it (MoreText); what was cut because b ran out is
// counted in b, and said once, by More, at the end.
func (b *Budget) Text(s string) (string, int) { return b.textOf(s, len(s)) }

// textOf is Text of a value of size bytes that s is the start of.
func (b *Budget) textOf(s string, size int) (string, int) {
	if b == nil {
		return s, 0
	}
	limit := min(ScreenTextMax, max(b.left, 0))
	cut, _ := cutText(s, limit)
	rest := max(size, len(s)) - len(cut)
	b.left -= len(cut)
	if rest > 0 && limit < ScreenTextMax {
		b.over += rest
		b.left = 0
		return cut, 0
	}
	return cut, rest
}

// Wrap is Wrap(s, width) within b, with the line that says how much of a
// value too long for any screen is not drawn (in st's Dim). The caller
// charges the lines, with whatever it draws around them.
func (b *Budget) Wrap(s string, width int, st Styles) []string {
	return b.wrap(s, len(s), width, st, same)
}

// same is lines as they are, for wrap to draw them unmarked.
func same(lines []string) []string { return lines }

// wrap is Wrap of a value of size bytes that s is the start of, each
// line drawn by mark.
// A spent budget wraps nothing, and counts s as left out.
func (b *Budget) wrap(s string, size, width int, st Styles, mark func([]string) []string) []string {
	if b.Spent() {
		b.Skip(max(size, len(s)))
		return nil
	}
	s, left := b.textOf(s, size)
	lines := mark(Wrap(s, width))
	if left > 0 {
		for _, l := range Wrap(moreText(left, b.by), width) {
			lines = append(lines, st.Dim.Render(l))
		}
	}
	return lines
}

// More is the line that ends a layout b cut short: how much was not
// drawn, and what prints it all, after a blank line; nothing when b cut
// nothing.
func (b *Budget) More(width int, st Styles) []string {
	if b == nil || b.over == 0 {
		return nil
	}
	return append([]string{""}, hangLines("", "", Wrap(moreText(b.over, b.by), width), st.Dim)...)
}

// Commas is Commas(values) as a screen lays it out: joined no further
// than Text would cut it, with the bytes of the whole list joined, for
// textOf. Printed (b nil), it is the whole list.
func (b *Budget) Commas(values []string) (string, int) {
	size := 2 * max(len(values)-1, 0)
	for _, v := range values {
		size += len(v)
	}
	if b == nil || size <= ScreenTextMax {
		return Commas(values), size
	}
	var sb strings.Builder
	for i, v := range values {
		if i > 0 {
			sb.WriteString(", ")
		}
		// a byte past the most Text keeps, so that Text cuts it where a
		// rune starts
		sb.WriteString(v[:min(len(v), ScreenTextMax+1-min(sb.Len(), ScreenTextMax))])
		if sb.Len() > ScreenTextMax {
			break
		}
	}
	return sb.String(), size
}

// start is as much of s as Text could lay out, and a little over, so
// that Text cuts it after a word: a screen builds no more of a value than
// it shows. Printed (b nil), it is s.
func (b *Budget) start(s string) string {
	if b == nil || len(s) <= ScreenTextMax+4 {
		return s
	}
	return s[:runeStart(s, ScreenTextMax+4)]
}

// Sizes is the bytes of text in values, for Skip.
func Sizes(values ...string) int {
	n := 0
	for _, v := range values {
		n += len(v)
	}
	return n
}
