package render

import (
	"fmt"
	"unicode/utf8"
)

// A screen shows a window of a value, never all of a long one, so the text
// a screen wraps, marks or measures is cut first (Budget.Text, Clip): a
// frame then costs what the text it can show does, however long a
// register's field is. Printed output (RecordLines, CompareLines) is
// never cut.

// ScreenTextMax is the most of one value, in bytes, a screen lays out:
// pages of reading in a scrolled pane, a thousand times a real summary.
// The rest is said in a line that names the command printing it all.
const ScreenTextMax = 32 << 10

// Clip is s cut to what w cells can show, with "…" when cut: at most 4w+64
// bytes, at the start of a rune. Truncate and Width over the result cost
// what the line does, not what the value does.
func Clip(s string, w int) string {
	if n := 4*max(w, 0) + 64; len(s) > n {
		return s[:runeStart(s, n)] + "…"
	}
	return s
}

// CutWords is s cut to at most n bytes, after a word where one ends near:
// a value of megabytes made into a search term, say.
func CutWords(s string, n int) string {
	cut, _ := cutText(s, n)
	return cut
}

// cutText is s cut to at most limit bytes, after a word where one ends
// near, and how many bytes were left.
func cutText(s string, limit int) (string, int) {
	if len(s) <= limit {
		return s, 0
	}
	cut := runeStart(s, limit)
	for i := cut; i > max(limit-256, 0); i-- {
		if s[i-1] == ' ' || s[i-1] == '\n' {
			cut = i
			break
		}
	}
	return s[:cut], len(s) - cut
}

// runeStart is the start of the rune at byte i of s, or before it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// MoreText says how much of a value a screen left out, and how to read it
// all: "… 4.8 MiB more, not drawn here: the command show big prints it
// all". It names the command, not the program: a reader over SSH runs it
// as ssh HOST show big, and one with a register adds its --data.
func MoreText(left int, whole string) string {
	if whole == "" {
		return moreText(left, "")
	}
	return moreText(left, "the command "+whole+" prints it all")
}

// moreText says how much a screen left out, and what prints it all (by).
func moreText(left int, by string) string {
	more := fmt.Sprintf("… %s more, not drawn here", Bytes(left))
	if by != "" {
		more += ": " + by
	}
	return more
}

// Bytes is a size in the units it is counted in: "812 bytes", "32 KiB",
// "4.8 MiB".
func Bytes(n int) string {
	switch {
	case n == 1:
		return "1 byte"
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
