// Package model holds the records, the query language and matching, and
// comparison. It knows nothing of files or terminals: data reads the
// records in, and the ui packages draw them.
//
// # What is here
//
//   - Records: [Dataset] (a [Programme], its [Source] list and its
//     [Mutual] list), with [Event] and [Reading]. "unknown" is an honest
//     value everywhere ([OrUnknown]); two unknowns are never the same.
//   - Lookup: [Dataset.Find] resolves a REF (an id, a unique start of one,
//     or text of 3 characters or more in one name or location), with
//     suggestions by edit distance that compare at most 64 characters.
//   - The query language: [ParseQuery] turns the search bar's text into a
//     [Query] of terms (bare, field:, phrase, negated); [Index] holds a
//     word index over every mutual's folded text and answers [Index.Search] and
//     [Index.Why] (which field a row matched in, for its second line);
//     [Highlight] finds what to mark in a value.
//   - Comparison: [Compare] builds a [Comparison] of rows, each marked
//     differing, the same, or unknown for all, with item shares (all, some,
//     one) for list-valued fields.
//   - Facets ([Facet]), sorting ([Sort], [ParseSort]) and the timeline
//     (lifelines from dated events).
//   - One home for each domain rule: what ends a mutual's life (EndsLife,
//     EndKnown), legal forms (LegalForms, LegalFormText), "unknown"
//     ([OrUnknown]), characters that may never reach a terminal ([Unsafe],
//     [Printable]), and text that shows nothing ([Blank]).
//
// # How the search works
//
// [NewIndex] folds each record's text (case, accents and spacing taken
// out by [Fold]), field by field, a segment of 2,048 records at a time,
// into a buffer, and keeps only the word index over it (segment.go,
// build.go); [Index.With] indexes the whole segments a streamed load has
// added since, [Index.Complete] the rest once it ends. A term with no
// space in it lies inside one word, so each segment keeps its distinct
// words and, for each, the mutuals and fields it is in (16-bit postings;
// a word common in a field keeps a bit set of its mutuals there instead).
// A search reads the words, a small fraction of the text, and the
// postings of the few words that hold the term, never the mutuals that
// cannot match; a phrase narrows by its words and is then checked in the
// fields that hold them all, the record's text folded then (text.go):
// no folded copy of the text is held.
// [Index.Scan] is the search without the word index, every mutual folded
// and read in turn by the term's rarest byte (contains.go): it is what the index is
// held to in the property tests and the baseline in the benchmarks. A
// query that only narrows the last one (one more letter typed) checks
// only the last results ([Index.SearchWithin]). [Index.Why] finds a row's
// reason from the folded fields, for the rows on screen only.
//
// # Performance
//
// Measured at 100,000 records on the synthetic file data.Synthetic makes
// (61.5 MB; realistic field lengths, accented, CJK and emoji text) on a
// shared 2-core machine at a load average of 3–8, each beside the code
// before this index held no folded text, interleaved (expect ±30 %):
//
//	go test -run '^$' -bench 'QueryMix/^n=100000$/' ./model   # each kind of search, beside the scan
//	go test -run '^$' -bench 'Search|Typing|Baseline|Index' ./model
//
// The figures:
//
//   - One search at 100k, whole query (-bench QueryMix/^n=100000$/), target
//     ≤ 2 ms at the 95th percentile and none over 5 ms: one term / two
//     terms / field: / no match, medians 0.38–0.45 / 0.40–0.48 / 0.15 /
//     0.03 ms (before: 0.37–0.42 / 0.38–0.47 / 0.31–0.36 / 0.04), 95th
//     percentiles 1.0–1.9 / 0.9–1.7 / 0.24–0.26 / 0.07 ms (before 0.9–1.9
//     / 0.8–3.3 / 0.45–0.9 / 0.07).
//   - Typing a word a key at a time at 100k, after the first key: median
//     0.64–0.67 ms, 95th percentile 1.1–1.3 ms (before 0.57–0.60 /
//     1.1–1.3).
//   - One search at 1,000,000 records (ten files of 100k), target ≤ 20 ms
//     at the 95th percentile: medians 5.8–6.3 / 5.4–5.7 / 1.9–2.0 / 0.7
//     ms, typing 7.9–8.4 ms (before 11–52 / 4.8–5.6 / 3.9–4.1 / 0.65,
//     typing 7.1–7.3); 95th percentiles 44–91 / 23–25 / 6.4–7.0 / 0.8,
//     typing 24 ms (before 55–83 / 35–43 / 4.4–5.1 / 0.7–0.8, typing 11):
//     not met on the busy machine. Each typed key's best of five at 1M
//     is as fast as before or faster (1.0–9.2 ms against 1.7–17.6): the
//     95th percentiles are the collector and the machine's other loads.
//   - Phrases at 100k: "social care" / "health care" / summary:"care
//     mutual" 23–24 / 28 / 6 ms (before 20 / 24–25 / 2.6–4.9): a phrase's
//     candidates are folded to be checked, in the fields holding its words.
//   - The index's size (-bench Index): the word index 0.11× the file (0.29×
//     before common words kept a set a field); no folded text is held (it
//     was 0.77×). The scan, folding every record as it reads it, takes
//     90–400 ms at 100k where it took 13–50 ms over held text.
//   - Baselines, in earlier runs: sahilm/fuzzy.Find (the Bubbles list's
//     filter) over one lower-cased string a record, 390–520 ms a query at
//     100k; a naive single-goroutine strings.Contains over name, place,
//     service and summary, 16–20 ms.
//   - Counting one field (-bench Facet): service / staff / form / location
//     59–66 / 51–54 / 29–42 / 34–42 ms, so the browser counts off the UI
//     path.
//   - First use of a sort (-bench SortOrder): by name / by first event
//     106–123 / 73–92 ms, built in a command; a search's results put in the
//     chosen sort, half the records matching (-bench Sorted): 0.25–0.30 ms.
//   - A comparison of every field, item marks included (-bench Compare):
//     2 / 12 / 1,000 mutuals 15–48 µs / 61–74 µs / 3.5–5.0 ms.
//
// # Reliability
//
//   - FuzzQuery, FuzzNeedle (fuzz_test.go, contains_test.go): no panic;
//     highlights sorted, inside the text, on UTF-8 boundaries; the
//     rare-byte search agrees with strings.Contains; the text also goes
//     through every error it can reach, each of which must be printable.
//   - FuzzFieldTerm (facet_fuzz_test.go): a facet value turned into a
//     field: term finds the mutuals counted under it.
//   - TestPrintableIsSafe runs every rune Unicode has (1,112,064) through
//     [Printable]; TestErrorsArePrintable puts hostile arguments through
//     every error.
//   - TestLongRefIsBounded: an unknown REF of 2,000 or 20,000 characters
//     allocates about what a 20-character one does.
//
// # Tests
//
//   - query_test.go, fold_test.go, why_test.go: parsing, matching,
//     highlighting, folding and why a row matched (TestIndexWhyAgrees holds
//     Index.Why to the per-record answer).
//   - ref_test.go: REF rules, the candidates of an ambiguous one.
//   - compare_test.go, share_test.go: rows, readings, unknown never the
//     same, item shares.
//   - facet_test.go, sort_test.go, sort_property_test.go, timeline_test.go:
//     counts, orders (property tests: a total order, ties in file order,
//     unknown last), dates and lifelines of the pathfinders.
//   - printable_test.go, errors_test.go: the one rule for unsafe text.
//   - index_property_test.go: the word index is held to the scan.
//   - bench_test.go, mix_bench_test.go, sort_bench_test.go: the benchmarks
//     above; TestNarrowedSearchIsTheSame holds a narrowed search to a
//     fresh one.
package model
