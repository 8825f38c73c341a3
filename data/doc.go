// Package data reads mutuals from TOML: the embedded pathfinder dataset and
// users' own files. Every problem it reports names the file, line and
// column. It never writes to a data file.
//
// # How a load works
//
// [Load] reads each path (a .toml file, or every .toml file of a
// directory in name order) and turns all of them into one
// [model.Dataset]: ids unique across the files, a source cited in one file
// and defined in another. The steps, for each file:
//
//  1. Open without blocking (open_unix.go) and check the opened descriptor,
//     not the path, so a FIFO, a device or a file that would block on read
//     (/proc/kmsg) is a problem, not a hang; refuse a file over
//     [MaxFileSize] (read.go).
//  2. One walk (data/lex) reads the file's structure, and only it reads
//     quotes, escapes, keys, integers, comments and line breaks: each
//     header and key = value line with its position, its value read
//     whole where it is a string of any kind (LF or CRLF), an integer in
//     any base or an array of strings, and stepped over leniently where it
//     is anything else (dates, floats, inline tables, nested arrays),
//     counting the bounds. In the same pass the shape (shape.go) refuses,
//     with a position, what the format never needs: a key path more than
//     8 levels deep, a key over 256 bytes, a line over 2 MiB, and more
//     than 1,000 keys and tables the format does not have. The full parser
//     spends hundreds of bytes on every key and table (400,000 lines of
//     a0.b.c.d.e.f.g.h = 1 took it 12 s and 2.4 GB), so such a file is
//     reported as its unknown top-level names instead of parsed.
//  3. Also in that pass, the fast parser (fastparse.go) builds the tables
//     of every file the schema can accept (keys bare, quoted or dotted
//     under programme; [table] and [[array]] headers one or two levels
//     deep) from the walk's lines, hands over each record as soon as it
//     is read, and slices strings out of the file rather than copying
//     them. At a line the walk did not read whole (what the schema refuses
//     anyway: floats, dates, booleans, inline tables, deeper tables; and
//     what is not TOML) it gives up, the walk goes on for the shape, and
//     the file goes to BurntSushi/toml, which also reports syntax errors.
//     Both feed one schema (records.go, the keys each table may hold;
//     table.go, decode.go), so whichever parser reads a file the problems
//     are the same (FuzzFastParser holds them to that).
//  4. Checks over everything that parsed (check.go): required fields,
//     types, ids, dates on the calendar, event kinds, duplicate ids across
//     files, sources cited but not defined (only when every file could be
//     read). Positions are worked out only for problems that are reported
//     (layout.go). Past 10,000 problems a load keeps the first by place and
//     only counts the rest (file.go, problem.go).
//
// A load with any problem returns a *[LoadError] and no records: nothing
// from a dataset with problems is shown. Progress ([Progress]) lets the
// browser show records, megabytes and percent read while a big file loads.
// [FindMutual] finds the line of a record's [[mutual]] header, for the
// editor.
//
// # Memory
//
// The records of every file go into one array made once at the number of
// [[mutual]] headers. The fast parser reuses one record's tables for the
// next and hands its arrays of strings over in a reused slab rather than as
// boxed values, so a tiny record leaves about 210 bytes of garbage, not
// 1,005 (TestLoadLeavesLittleGarbagePerRecord bounds it at 300). Records
// that give the same list share one copy of it (intern.go); duplicate ids
// are found without gathering id lists. No soft memory limit is set: one
// near what a load holds made the collector run without pause.
//
// # Performance
//
// On the 100,000-record synthetic file (61.5 MB, datatest.Synthetic), a
// shared 2-core machine; reproduce with
//
//	go test -run '^$' -bench 'Load|Hostile' -benchtime 1s ./data
//	/usr/bin/time -v mutuals --data big.toml validate   # peak memory
//
// The figures:
//
//   - Full load of 100k records (-bench '^(BenchmarkLoad|BenchmarkBaselineDecodeStructs)$/^n=100000$'),
//     target ≤ 0.5× a plain toml.Decode into structs: 0.55–0.73 s against
//     3.4–5.9 s (0.11–0.17×) at a load average of 3–6 (before the one
//     scanner: 1.81 s against 5.81 s, 0.31×). Met.
//   - Twice the records (-bench LoadScaling), about twice the time:
//     realistic 1.02 / 2.06 / 4.12 s at 100k / 200k / 400k; tiny 0.73 /
//     1.12 / 2.33 s. Met.
//   - Peak memory of validate, target ≤ 3× the file: 100k realistic
//     records 140 MiB, 2.39× (list: 2.54×); 146 MiB, 2.49×, later. Tiny records, target ≤ 6×:
//     400k in one file 252 MiB, 5.35×; 1M in four 638 MiB, 5.40×. Met.
//   - Hostile nesting, 8 families (-bench Hostile), linear in the file:
//     0.3–1.8 ms at 400 KB, allocating about the file's size; toml.Decode
//     takes a minute and gigabytes at 40 KB.
//   - validate of 100k records with every summary a """ multi-line
//     string, against the same file without (-bench Multiline): memory
//     1.01× (it was 5.4× when such files went to the full parser).
//
// Not met: a file the fast parser leaves (one the schema refuses, or not
// TOML) goes to BurntSushi/toml, whose cost per value is much higher:
// still linear, but an array of 2 million items split over lines takes 60×
// its size (7.8 MB, 473 MB, 9 s) and a 100k-record register with one float
// in it 42×, only to report the file's problems.
//
// # Reliability
//
//   - FuzzLoad (fuzz_test.go): any bytes as a data file: no panic; every
//     problem has a line and column within the file, and its text is that
//     line; no control byte in the message; every load agrees with
//     BurntSushi/toml.
//   - FuzzFastParser (fastparse_test.go): whatever the fast parser
//     accepts, BurntSushi/toml accepts and reads the same.
//   - TestConformance: the TOML conformance suite (toml-test v2.2.0, TOML
//     1.0): 474/474 invalid files rejected with a line and column (25 that
//     BurntSushi/toml accepts are listed by name); 205/205 valid files
//     refused by the schema with a clear message, none as bad TOML.
//   - TestHostileSizes, TestHostileFiles, TestBigLoads (limits_test.go): a
//     1 MiB string, a 100,000-item array, 100,000 keys, a 61 MiB file,
//     100,000 files in a directory; missing, a directory without .toml
//     files, unreadable, a symlink loop, a FIFO, a file cut short,
//     non-UTF-8, over 64 MiB.
//   - TestHostileNestingIsBounded (hostile_test.go): 11 families of deep
//     nesting and 8 of wide files, 40 KB and 200 KB each, refused with a
//     position before the full parse, allocating at most 16× the file.
//   - TestSnippetBounded, TestCROnlyLineEndings: a line of megabytes shows
//     about 120 columns around the column.
//   - TestBlockingReadIsAProblem, TestLoadStopsWhenCancelled
//     (interrupt_test.go): nothing blocks, and a load stops at ctrl+c.
//
// # Tests
//
//   - load_test.go, report_test.go, schema_test.go: good and bad input,
//     every problem in one report with its line and caret, one schema for
//     both parsers, calendar dates, invisible text counted as missing.
//   - sources_test.go: the built-in data held to its sources: every
//     record, event, reading, pool and stated status cites a defined
//     source; every source is cited; every address in FURTHER.md's later
//     sections (a copy in testdata), and every page the audit pointed to,
//     is a cited source with that exact address, but for the three the list
//     says need not be; every status comes from a source with its date;
//     and no note, summary or comment names a file a user cannot open.
//   - starter_test.go: the starter init writes loads and shows every key.
//   - bench_test.go: the benchmarks above, with toml.Decode as baseline.
//   - The heavy loads (TestBigLoads, the big TestHostileSizes cases) run
//     only with MUTUALS_HEAVY_TESTS=1 (datatest.SkipUnlessHeavy), and not
//     under -race; .ci/run runs them (race_test.go, norace_test.go say
//     which build this is).
package data
