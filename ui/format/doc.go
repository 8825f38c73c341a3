// Package format writes what the commands print, in every format, from
// model and ui/render: text for people, Markdown, CSV, JSON, and TOML (the
// data file format, to load again). The browser's y copies the same
// Markdown these functions make ([RecordMarkdown], [ComparisonMarkdown],
// [StatsMarkdown], [TimelineMarkdown]), so a copy and a print agree.
//
// # Output
//
// [Output] prints to stdout byte for byte what was rendered, however large:
// to a pipe or a file it holds no escape sequences at all, because text is
// drawn without styles there rather than stripped after; on a terminal the
// styles go through a colorprofile writer for the terminal's colours
// ([Profile]: none with NO_COLOR or --no-color), handed whole escape
// sequences at a time (sequences.go) and whole lines in batches, so long
// output is neither held whole in memory nor cut inside a character.
// list to a pipe makes each field printable and measures it once, appends
// each line in place with no styling, counts the width of plain scripts
// itself, and lets clean text through model.Printable eight bytes at a
// time: about 1 µs a line (it was 10).
//
// # Text that must stay text
//
// CSV: a cell that starts with =, +, -, @ (also after spaces, line breaks
// and invisible characters such as a no-break or zero-width space or a
// byte-order mark), a tab or a carriage return is written with a leading
// apostrophe, since spreadsheets run such a cell as a formula (OWASP's
// "CSV injection"). Markdown ([MarkdownCell]) escapes |, \, <, >, &, [, ],
// *, _, `, ~ and a #, -, + or 1. that starts a value, and breaks bare
// addresses that GitHub would link (https\://, www\., and \@ with a word
// joiner), so a renderer shows the data as text; a source's address
// becomes a link only when it is http or https. JSON keeps every value as
// it is, escaping controls.
//
// # Performance
//
//	go test -run '^$' -bench Command -benchtime 5x ./ui/cli
//
// mutuals list at 100k to a file, beside validate in the same rounds:
// printing alone 0.92–1.06 µs a line (CSV 1.4–2.0 µs); list and validate
// 1.27–1.94 s and 1.24–1.70 s, so printing is 0.02–0.16× of the load.
//
// # Tests
//
//   - golden_test.go: every printed format against testdata/golden
//     (go test ./ui/format -update rewrites them), and compare at every
//     width.
//   - width_property_test.go: TestEveryRendererFitsEveryWidth (list, show
//     for each built-in mutual, compare of two and six, stats by each field
//     and the timeline at every width from 20 to 300: no line wider but
//     for one word kept whole); tokens never split; no escape fragment at
//     a chunk's edge.
//   - output_test.go: TestStyledOutputIsExact (to ASCII, 16-colour,
//     256-colour and true-colour terminals, the text without its styles is
//     exactly the piped text).
//   - csv_test.go (45 formula cases), markdown_test.go, hostile_test.go:
//     text stays text.
//   - format_toml_test.go: a property test (random datasets full of
//     quotes, escapes and controls load back to the same list -f json) and
//     the built-in round trip.
//   - compare_items_test.go, compare_honest_test.go, stats_test.go,
//     timeline_test.go: item marks, unknown rows, counts, timelines.
package format
