// Package cli is the command line: the commands, their flags and help, the
// help topics and the manual page, output and palette choice, and the
// error handler. Each command wires data, model and ui together; main.go
// only calls [Main].
//
// # Commands and flags
//
// cobra with Charm's fang: styled help, --version, completions. Every
// command's help names its fields from the model's tables (help.go), so
// help cannot fall behind them (TestHelpNamesEveryField). query_args.go
// lets a query term start with a minus (-kpmg) wherever it stands, while a
// word with two dashes is always a flag. The error handler (errors.go)
// makes every line printable before writing it, whatever library the error
// came from, and says where to find help after a usage error. Exit
// statuses: 0, 1 (data or lookup), 2 (usage), 130 (the compare picker left
// without printing, or SIGINT), 143 (SIGTERM), 129 (SIGHUP) and 131
// (SIGQUIT, no goroutine dump); interrupt.go ends a
// command within a fraction of a second of a signal, printing no half line.
//
// # Serving
//
// serve.go is mutuals serve's command line (ui/serve is the server);
// served.go runs the printing commands for an SSH reader with this
// package's own code, on the served data and the reader's terminal, so
// ssh HOST list prints what mutuals list prints, byte for byte. A reader
// may run only the commands servedCommands names; --data, --builtin and
// validate PATH are refused (TestServedCommandsRefuse).
//
// # The palette
//
// The palette is chosen once, here (palette.go: the terminal asked once,
// where it can answer), and passed to the printed output, the errors on
// stderr, the help topics and the browser.
//
// # Help topics
//
// mutuals help TOPIC (topics.go) prints reference a user reads at the
// shell: the query language, the keys, the file format, the register, the
// printed formats, the data and the environment. Each topic is a text file
// in topics/, in the small markup of topic_text.go (headings, paragraphs,
// lists, two-column tables, verbatim lines), filled in from the tables it
// must not drift from: the query fields from model.Fields, the keys from
// the browser's key maps (browser.KeyHelpSections). topic_print.go wraps
// it to the terminal's width, styled only on a terminal; man.go writes fang's
// manual page (mango) with every topic as a section after it.
//
// # Documented means tested
//
// Every example is run against the real command line by testscript (the
// test binary runs itself as mutuals: script_test.go), and its output
// compared:
//
//   - TestHelpExamples: every Example of every --help, against
//     testdata/examples (go test ./ui/cli -run TestHelpExamples -update
//     rewrites them; a golden file no example uses is an error).
//   - TestREADME: every console block of README.md, where a line "…"
//     stands for any lines; the README is held to at most 300 lines, and
//     its picture of the browser to the frame the browser draws
//     (TestREADMEPicture in ui/browser).
//   - TestTopicExamples: every "$ mutuals" example of every help topic, the
//     same way; TestFormatTopicNamesEveryKey holds help format to every key
//     of the starter file, and TestHelpKeysIsTheKeyMap help keys to the key
//     maps.
//
// # Reliability
//
//   - TestHostileMatrix (hostile_test.go): every command × every format ×
//     a dataset with an attack in every field (OSC title, OSC 52, clear
//     screen, colour, hyperlink, terminal queries, alternate screen, reset,
//     C1 controls, bidi controls, C0 and DEL, spreadsheet formulas, HTML,
//     Markdown links, bare addresses) and every echoed argument (REF,
//     query, field, --by, --sort, --fields, --format, --width, flags,
//     commands, help topics), each with good data, a broken file and a
//     missing path, to a pipe and to a colour terminal: no escape but the
//     program's own styles, valid UTF-8, and every failure says why
//     (4,464 runs).
//   - FuzzCommandLine: arbitrary arguments through fang and the error
//     handler, as a colour terminal.
//   - TestPipedOutputIsExact (exact_test.go): 3,000 mutuals of 2-, 3- and
//     4-byte characters through the real command path to a file, compared
//     byte for byte or read back field by field.
//   - TestWidthFlag, TestColumns: --width and $COLUMNS out of range.
//   - TestFlagErrorsQuote, TestErrorHandlerIsPrintable: errors quote what
//     was typed, and print no control.
//   - TestWriteErrors: every command, --help, --version and completion to
//     a full disk ends with status 1 and one line on stderr; into a closed
//     pipe with 0 and nothing (stdout.go keeps the first write error).
//   - A terminal that never answers (script, expect, an editor's shell
//     buffer): the background is asked once per run (palette.go,
//     terminal.go), only by a command printing colour to a terminal, from
//     its foreground process group, waiting at most 60 ms; --help,
//     --version and errors never ask (TestSilentPty holds each under 1 s;
//     under script, list took 96 ms, 4.0 s before).
//   - Job control: mutuals show leicester & prints and ends with 0, since
//     a background job never asks the terminal (ui/e2e:
//     TestE2EBackgroundJob).
//   - init is atomic: the register is linked into place only while init
//     holds a lock and the directory holds no .toml file, and a failed init
//     leaves nothing (TestInitAtOnce: 20 rounds of 8 at once,
//     TestFailedInitLeavesNothing).
//
// # Performance
//
//	go test -run '^$' -bench Command -benchtime 5x ./ui/cli
//
// BenchmarkCommand runs list and validate at 100k in the same rounds (see
// ui/format). mutuals list on the built-in 16, whole process: 7.6 ms
// median of 30, target ≤ 20 ms.
package cli
