// Package browser is the Bubble Tea program: mutuals on a terminal. Its
// keys are listed for users by mutuals help keys and the ? screen, both
// made from [KeyMap]; this is how it is built.
//
// # A root and its screens
//
//   - browser.go is the root: its state and its catalogue of screens. It
//     draws the header, the search bar and the footer (view.go), lays out
//     (layout.go), owns the search and the sort (search.go, searchbar.go,
//     sort.go), and routes every other message to the screen on top
//     (update.go). The list is the first screen on the stack; the others
//     open over it.
//   - screen.go is the one shape every screen has, as soft-serve's
//     common.Component: SetSize, Update(tea.Msg) tea.Cmd, View, and the
//     help.KeyMap it contributes (ShortHelp is its footer), over a small
//     shared common (common.go: the styles, the keys, and the way to ask
//     the root). A screen asks the root for anything beyond itself with a
//     message (close me, open help, add a search term, print and quit,
//     copy, mark, edit, run a job), handled before the frame is drawn.
//   - Focus is one value (focus.go): the list, the search bar, the detail
//     beside the list, or the problems pane. The root alone changes it
//     (setFocus), and every key handler and every view reads it. Render
//     and View change nothing.
//   - The data has one owner (snapshot.go): a snapshot (dataset, index,
//     whether the load has ended, whether e may edit) is a value the root
//     alone makes, when records arrive, a load ends or the files reload,
//     and hands to every screen, open or kept, in a dataChanged message
//     (setData). The dataset and the index are never written once made,
//     so many sessions may share them: session.go's [NewSession] is one
//     reader's browser on a terminal of its own over a shared index,
//     read-only, and Swap shows newer shared data.
//   - keymap.go: each screen's keys are one table, its keyMap, read three
//     ways: the dispatch, the footer (in its own order, worded as it applies
//     now) and the screen's section of the ? screen, so the three cannot
//     disagree. [KeyHelpSections] hands the same sections to mutuals help
//     keys.
//   - One file per screen: list.go (the list, the detail beside it on a
//     wide screen, the marks in marks.go; listkeys.go its key map,
//     listpane.go draws the rows, why.go a row's reason and snippet from
//     model.Index.Why), detail.go, compare.go, facets.go, timeline.go,
//     events.go, sources.go (r: every source as records cite it), help.go;
//     step.go: ] and [ on a record opened from a list
//     move the cursor of the screen it was opened from, so the order is
//     that list's. A new screen is one file (its type, its key map,
//     its section of the help) and one line in the root's catalogue, which
//     the ? screen reads; the key that opens it goes in the key map of the
//     screen it is opened from.
//   - Why the search and the sort stay in the root: the search bar sits
//     over the list, the detail and the facets alike, and what it finds is
//     what the facets count and the timeline draws; the root hands it to
//     whichever is open (listChanged).
//
// # Work off the UI path
//
// async.go is the one way slow work runs: screens ask the root to run a
// job of a kind (search, sort, facet counts, timeline, reload); each round
// gets a context, a newer round of a kind cancels the older, and a result
// of a stale round is dropped. A reload is a job like a search, one at a
// time, so saving a slow file again and again holds at most two datasets.
// Work under 5,000 records runs at once instead and shows in the same
// frame. A --data load streams: the browser opens at once, shows records
// as they arrive, and when the load ends its index is the one a fresh load
// builds (loading.go; TestStreamedIndexIsFresh).
//
// # Editing and reloading
//
// editor.go runs $VISUAL or $EDITOR as git does, on the record's line, one
// at a time; while it runs, ctrl+c and ctrl+\ are the editor's (SIGINT and
// SIGQUIT caught, not ignored, and a SIGINT held 250 ms after it ends).
// watch.go watches the loaded paths (fsnotify, debounced) and, after each
// burst of events, moves the watches to what the paths name now: a
// directory made again, a symlink retargeted, a file saved through a
// symlink (TestWatchFollowsThePath). reload.go reloads as a job, keeping
// search, marks and cursor by id; problems.go is the problems pane under
// the list, a component with a screen's shape that counts and scrolls the
// problems, with a cursor from problem to problem for e. copy.go and
// clipboard.go: y through a clipboard tool where there is one, and OSC 52;
// the footer says which reached where. ctrl+z hands the terminal back (main screen, cursor, echo,
// mouse off) and fg draws the browser again; the window title is pushed on
// the terminal's title stack before the browser sets its own and popped
// after (TestTitleRestored).
//
// # Performance
//
// At 100,000 records (the synthetic file), a shared 2-core machine:
//
//	go test -run '^$' -bench . -benchtime 1s ./ui/browser
//
// The figures:
//
//   - One frame, target ≤ 2 ms and ≤ 1.5× the time at 12 records: 1.27 ms;
//     1.31 ms at 12 (0.97×). Only visible rows are drawn. Met.
//   - One frame whose rows all say why they matched (-bench FrameWhy):
//     1.43–1.48 ms, the reasons found for the rows on screen only. Met.
//   - First frame on the 100k file, target ≤ 100 ms with progress: 6.6 ms;
//     1.2–1.6 ms later (-bench FirstFrame, about 35 s: each round's load
//     is cancelled after its frame).
//   - The timeline's rows (-bench Timeline): 265–308 ms, in a command; one
//     frame of the t screen 0.89–1.04 ms.
//   - A live reload (-bench Reload): 1.9–2.6 s, what the load it repeats
//     costs, never on the UI path; applying it in Update 0.4–0.9 ms.
//     Saving a 58 MB file 16 times 0.5 s apart under the browser peaked at
//     441 MB and settled at 215 MB with the CPU idle (TestReloadsDoNotPileUp
//     checks one load at a time).
//   - The whole load of the 100k file, streamed and indexed (-bench
//     BrowserLoad), target ≤ 1.5× the plain load list and validate make:
//     0.60–0.66 s against 0.53–0.56 s, 1.10–1.20× (the code before,
//     interleaved: 1.21–1.28×), at a load average of 3–4; once 2.5–3.4×
//     in a run at a load average near 8.
//   - The browser's peak memory at 100k (VmHWM once loaded; -bench
//     BrowserPeak for the heap beside the plain load), target ≤ 3× the
//     file: 2.71–2.85× (3.83–3.92× for the code before, same runs). The
//     browser holds the load's own array of records, not a copy; the index
//     holds no folded text, only its words (0.11× the file); while it loads
//     the collector's headroom is 20% of the live heap, set back when the
//     last load ends. Once loaded the heap holds 1.93–2.0× the file.
//
// # Tests
//
// Screens are tested as data: Update and View called directly, the text
// asserted.
//
//   - browser_test.go, listkeys_test.go, conventions_test.go: every key;
//     q and esc go back; the footers and the ? screen held to the key maps
//     (each binding listed once, every footer item in the help).
//   - frames_test.go: golden frames at 120×40 and 70×20 in
//     testdata/golden (go test ./ui/browser -update rewrites them), and
//     TestRandomKeys: random keys, mouse and resizes from 1×1 to 400×120,
//     3,600 frames a run, none wider or taller than the screen.
//   - hostile_screens_test.go: TestNoControlReachesScreen, every screen
//     over a hostile dataset at three sizes, dark and light (138 frames);
//     paste_test.go: a bracketed paste filters as typing does.
//   - compare_*, facets_test.go, timeline_*, sort_test.go, why_test.go,
//     header_test.go, broken_test.go, register_test.go, reload_test.go,
//     loading_test.go: each screen and each path by itself.
//   - readme_picture_test.go: the README's picture of the browser is the
//     frame it draws (-update redraws it).
//   - The real binary, in tmux, through pipes and under signals, is tested
//     in ui/e2e.
//
// Heavy tests (long random walks, every size on both backgrounds) run only
// with MUTUALS_HEAVY_TESTS=1, which .ci/run sets.
package browser
