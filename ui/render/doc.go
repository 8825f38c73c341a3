// Package render draws mutuals as text with Lip Gloss: records,
// comparisons and their item marks, facet counts with bars, timelines,
// and the text helpers under them (wrap, pad, truncate by display width).
// The browser's screens and the printed output both call it, so the two
// cannot drift; it never imports Bubble Tea (TestNoBubbleTea fails if it,
// ui/format or model depends on what it must not).
//
// # Styles
//
// [Styles] is every look the program uses: a palette with a light and a
// dark variant of each colour, built once by [NewStyles] for the
// terminal's background (the command line asks the terminal once) and
// passed in, never global. [RecordOptions] says how the browser draws a
// record: with Screen set, a word too long for its line is cut to fit and
// a source's address is a hyperlink (OSC 8, http and https only), where
// printed output keeps every word whole so copying works.
// TestStylesReadOnLightAndDark holds every style's text to WCAG's 4.5:1
// contrast on white, Solarized and Catppuccin light, black, Catppuccin,
// One Dark and Solarized dark. No style is faint (xterm halves a faint
// colour's contrast), and none relies on colour alone: marks, the cursor
// and the comparison's rows carry a glyph, bold or reverse video too.
//
// # Comparisons
//
// [NewCompareParts] lays a comparison out once (the names, the facts under
// them, the rows, the legend, each line's row label, and the stacked
// fallback when the columns would be narrower than 12 cells), for stdout
// ([CompareLines]) and the browser's comparison screen alike.
//
// # Screens
//
// A screen lays out at most [ScreenMax] bytes of one record, comparison
// or list of sources, and [ScreenTextMax] of one value: every text it
// wraps goes through a [Budget], which cuts it, counts what is left out,
// and ends the layout with a line naming what prints it all (show ID, p,
// y). Printed output has no budget and is never cut.
//
// # Text
//
// [Wrap] makes untrusted text printable and breaks it at spaces only, so
// an address, id or date is never split at a hyphen or slash; printed
// running text keeps a word too long for any line whole on a line of its
// own. Widths are display widths (CJK, emoji and combining marks align).
// [MinWidth] is the narrowest width a layout reads at.
//
// # Performance
//
//	go test -run '^$' -bench Wrap ./ui/render
//
// Wrapping 1.8 kB of prose with URLs to 60 columns, words whole / cut to
// fit: 174 / 273 µs against 292 µs for ansi.Wrap, the baseline in the same
// run.
//
// # Tests
//
//   - FuzzCompare, FuzzRecord (fuzz_test.go, fuzz_documents_test.go):
//     random records at widths 1–300: every line within the width (printed
//     records: but for one word kept whole on its own line), no control
//     character from the data, hyperlinks only to printable addresses;
//     FuzzRecord also prints each as CSV (no cell a formula) and Markdown
//     (no markup but its own), and puts its text through the error handler.
//   - timeline_test.go, facet_text_test.go, width_test.go: every width,
//     bars to an eighth of a cell, widths agreeing with the terminal's.
//   - style_test.go: the contrast above; links_test.go: a broken address
//     still opens whole; record_*_test.go: a record's end agrees with the
//     timeline, events, the short mentor pool, highlights.
package render
