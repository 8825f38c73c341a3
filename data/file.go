package data

import (
	"fmt"
	"slices"
	"strings"
)

// file is one TOML document being turned into records; it collects the
// problems it finds instead of stopping at the first.
type file struct {
	name     string
	src      string
	problems []Problem
	dropped  int // problems past maxKept, only counted
	layout   *layout
	frontier position // once problems are sorted: where the last one kept is
	lists    lists    // the lists read so far, each held once
}

// beyond says whether path comes after the problems kept: nothing about
// it can be among those reported.
func (f *file) beyond(path string) bool {
	if f.layout == nil {
		return false
	}
	at, ok := f.layout.find(path)
	return ok && (at.Line > f.frontier.Line || at.Line == f.frontier.Line && at.Col > f.frontier.Col)
}

// past counts, and says so, a problem at path that comes after the
// maxKept problems already kept, so that nothing is spent on it.
func (f *file) past(path string) bool {
	if f.beyond(path) {
		f.dropped++
		return true
	}
	return false
}

// place returns a problem located at a document path such as
// "mutual.3.name". A locator finds its line and column later, and only for
// problems that are reported: most places are kept just in case.
func (f *file) place(path string) Problem {
	return Problem{File: f.name, path: path, inFile: true}
}

// leaves words the problem of the unknown key at path, if it is kept, as
// the misspelling that leaves the table at also, what, without key.
func (f *file) leaves(path, also, what, key string) {
	// the table's problems are the last ones: checkKeys reported them
	for i := len(f.problems) - 1; i >= 0 && strings.HasPrefix(f.problems[i].path, also+"."); i-- {
		if p := &f.problems[i]; p.inFile && p.path == path {
			p.Message += ", so it has no " + key
			p.alsoPath, p.AlsoText = also, fmt.Sprintf("%s begins here, with no %s", what, key)
			return
		}
	}
}

func (f *file) report(path, hint, format string, args ...any) {
	if f.past(path) {
		return
	}
	p := f.place(path)
	p.Message = fmt.Sprintf(format, args...)
	p.Hint = hint
	f.problems = append(f.problems, p)
	if len(f.problems) >= 2*maxKept {
		f.keepFirst()
	}
}

// keepFirst keeps the first maxKept problems by position and counts the
// rest. Problems are found in the order things are checked (all the
// sources, then all the mutuals, on the full parser's path), not in the
// order they are written, so past the limit they are placed and sorted
// first; the file's layout is scanned for that once.
func (f *file) keepFirst() {
	if len(f.problems) <= maxKept {
		return
	}
	if f.layout == nil {
		f.layout = scanLayout(f.src)
	}
	for i := range f.problems {
		f.problems[i] = f.layout.place(f.problems[i])
	}
	sortProblems(f.problems, nil)
	f.dropped += len(f.problems) - maxKept
	f.problems = slices.Clip(f.problems[:maxKept])
	last := f.problems[maxKept-1]
	f.frontier = position{last.Line, last.Col}
}
