package data

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mutuals/mutuals/model"
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

// reportAlso is report for a problem about a second place as well: also,
// said as what.
func (f *file) reportAlso(path, also, what, hint, format string, args ...any) {
	f.report(path, hint, format, args...)
	if n := len(f.problems); n > 0 && f.problems[n-1].path == path {
		f.problems[n-1].alsoPath, f.problems[n-1].AlsoText = also, what
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

// locator turns document paths into lines and columns. It scans a file's
// layout only when one of its problems needs it: loading a good file never
// pays for positions.
type locator struct {
	srcs    map[string]string
	layouts map[string]*layout
	lines   map[string]lines
}

func newLocator(srcs map[string]string) *locator {
	return &locator{srcs: srcs, layouts: map[string]*layout{}, lines: map[string]lines{}}
}

func (l *locator) locate(p Problem) Problem {
	if p.inFile && p.Line == 0 {
		lay, ok := l.layouts[p.File]
		if !ok {
			lay = scanLayout(l.srcs[p.File])
			l.layouts[p.File] = lay
		}
		p = lay.place(p)
	}
	if p.Line > 0 && p.Text == "" {
		ls, ok := l.lines[p.File]
		if !ok {
			ls = newLines(l.srcs[p.File])
			l.lines[p.File] = ls
		}
		p.Text = ls.at(p.Line)
	}
	return p
}

// place puts a problem found at a document path at its line and column.
func (l *layout) place(p Problem) Problem {
	if !p.inFile || p.Line != 0 {
		return p
	}
	p.Line, p.Col = 1, 1
	if pos, ok := l.find(p.path); ok {
		p.Line, p.Col = pos.Line, pos.Col
	}
	if p.alsoPath != "" {
		if pos, ok := l.find(p.alsoPath); ok && pos.Line != p.Line {
			p.Also = pos.Line
		}
	}
	p.path, p.alsoPath, p.inFile = "", "", false
	return p
}

// lineAt returns line n (from 1) of src.
func lineAt(src string, n int) string {
	return newLines(src).at(n)
}

// lines finds the lines of a text by number, indexing it once.
type lines struct {
	src    string
	starts []int
}

func newLines(src string) lines {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lines{src: src, starts: starts}
}

func (l lines) at(n int) string {
	if n < 1 || n > len(l.starts) {
		return ""
	}
	line, _, _ := strings.Cut(l.src[l.starts[n-1]:], "\n")
	return strings.TrimRight(line, "\r")
}

// table is one decoded TOML table with the keys it may hold.
type table struct {
	f     *file
	path  string // layout path, e.g. "mutual.3"
	what  string // how a person names it, e.g. `[[mutual]] "swindon"`
	m     map[string]any
	known []string
}

func (t table) at(key string) string { return join(t.path, key) }

// header is how a file writes the table at a layout path: "mutual.3.event"
// is written [[mutual.event]], the array positions left out.
func header(path string) string {
	var parts []string
	for _, p := range strings.Split(strings.TrimPrefix(path, "."), ".") {
		if _, err := strconv.Atoi(p); err != nil {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ".")
}

// str reads a string key. A TOML date or time is a type problem: the
// format's dates are strings, so that a year or a month alone can be written.
func (t table) str(key string, required bool) string {
	v, ok := t.m[key]
	if !ok {
		if required {
			t.missing(key, `"…"`)
		}
		return ""
	}
	switch v := v.(type) {
	case string:
		if required && model.Blank(v) {
			t.f.report(t.at(key), fmt.Sprintf("give %s a value you can see, or remove the line if it is optional", key), "%s is empty in %s", key, t.what)
		}
		return v
	case time.Time:
		t.wrongType(key, v, "a string", fmt.Sprintf(`write it in quotes: %s = "%s"`, key, quotedDate(v)))
		return ""
	}
	t.wrongType(key, v, "a string", fmt.Sprintf(`write it in quotes: %s = "…"`, key))
	return ""
}

// list reads an array of strings; a lone string is a type error.
func (t table) list(key string, required bool) []string {
	v, ok := t.m[key]
	if !ok {
		if required {
			t.missing(key, `["…"]`)
		}
		return nil
	}
	if l, ok := v.(*strList); ok {
		return t.strings(key, required, l.items)
	}
	arr, ok := v.([]any)
	if !ok {
		t.wrongType(key, v, "an array of strings", fmt.Sprintf(`write it as a list: %s = ["…", "…"]`, key))
		return nil
	}
	out := t.f.lists.scratch[:0]
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			t.f.report(t.at(key), fmt.Sprintf(`quote every item: %s = ["…", "…"]`, key),
				"%s[%d] in %s is %s, not a string", key, i, t.what, typeName(e))
			continue
		}
		out = append(out, s)
	}
	t.f.lists.scratch = out[:0]
	return t.strings(key, required, out)
}

// strings checks and keeps a list's strings, read into scratch or the
// fast parser's slab.
func (t table) strings(key string, required bool, out []string) []string {
	if required && !slices.ContainsFunc(out, func(s string) bool { return !model.Blank(s) }) {
		t.f.report(t.at(key), fmt.Sprintf(`give at least one: %s = ["…"]`, key), "%s is empty in %s", key, t.what)
	}
	return t.f.lists.intern(out)
}

// tables reads an array of tables such as [[mutual.event]], each named
// t.what and then suffix; the caller checks each one's keys once it knows
// what to call it. The name is made only where there are tables: most
// records have none, and it was garbage that counted towards peak memory.
func (t table) tables(key, suffix string, known []string) []table {
	v, ok := t.m[key]
	if !ok {
		return nil
	}
	what := t.what + suffix
	arr, ok := v.([]map[string]any)
	if !ok {
		t.wrongType(key, v, "an array of tables", fmt.Sprintf("write each one under its own [[%s]] header", header(t.at(key))))
		return nil
	}
	out := make([]table, len(arr))
	for i, m := range arr {
		out[i] = table{f: t.f, path: t.at(key) + "." + strconv.Itoa(i), what: what, m: m, known: known}
	}
	return out
}

func (t table) missing(key, example string) {
	if t.f.past(t.path) || t.misspelt(key) != "" {
		return // the misspelling is the problem, and checkKeys reports it
	}
	t.f.report(t.path, fmt.Sprintf("add a line %s = %s to it", key, example), "%s has no %s", t.what, key)
}

// misspelt is the unknown key of t that is nearest to key, a known key t
// lacks ("sevice_area" for service_area), or "".
func (t table) misspelt(key string) string {
	near := ""
	for k := range t.m {
		if slices.Contains(t.known, k) {
			continue
		}
		if s, ok := model.Closest(k, t.known); ok && s == key && (near == "" || k < near) {
			near = k
		}
	}
	return near
}

func (t table) wrongType(key string, v any, want, hint string) {
	t.f.report(t.at(key), hint, "%s in %s must be %s, not %s", key, t.what, want, typeName(v))
}

// checkKeys reports every key the format does not know, with the nearest
// known one.
func (t table) checkKeys() {
	var room [16]string // as many keys as a mutual has: no garbage per record
	keys := room[:0]
	for k := range t.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if slices.Contains(t.known, k) || t.f.past(t.at(k)) {
			continue
		}
		if near, ok := model.Closest(k, t.known); ok && t.m[near] == nil && t.misspelt(near) == k {
			// One mistake, one problem: the misspelt key, and the table
			// it leaves without the key it meant.
			t.f.reportAlso(t.at(k), t.path, fmt.Sprintf("%s begins here, with no %s", t.what, near),
				fmt.Sprintf("did you mean %s?", near), "unknown key %q in %s, so it has no %s", k, t.what, near)
			continue
		}
		t.f.report(t.at(k), unknownKeyHint(k, t.known), "unknown key %q in %s", k, t.what)
	}
}

func typeName(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case time.Time:
		return "a TOML " + timeKind(v)
	case []any, *strList:
		return "an array"
	case map[string]any:
		return "a table"
	case []map[string]any:
		return "an array of tables"
	}
	return fmt.Sprintf("a %T", v)
}

// timeKind names the kind of TOML date or time v was written as.
func timeKind(v time.Time) string {
	switch v.Location().String() {
	case "time-local":
		return "time"
	case "date-local":
		return "date"
	}
	return "date-time"
}

// quotedDate is how a TOML date or time belongs in a data file: the day it
// names, as a string; a time of day alone names no day.
func quotedDate(v time.Time) string {
	if timeKind(v) == "time" {
		return "2010-08-12"
	}
	return v.Format("2006-01-02")
}
