package data

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/model"
)

var (
	topKeys       = []string{"programme", "source", "mutual"}
	programmeKeys = []string{"name", "announced", "summary", "total", "mentor_pool", "sources"}
	sourceKeys    = []string{"id", "title", "publisher", "author", "date", "url", "note"}
	mutualKeys    = []string{"id", "name", "location", "region", "wave", "service_area", "staff_groups", "mentors", "legal_form", "partners", "became", "outcome", "summary", "sources", "event", "reading"}
	eventKeys     = []string{"date", "kind", "text", "sources"}
	readingKeys   = []string{"field", "value", "sources"}
)

var idPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// records is what one file holds. Where each thing is follows from its
// position: the i-th mutual is at "mutual.i", so nothing else is kept.
type records struct {
	file      string
	programme *model.Programme
	sources   []model.Source
	mutuals   []model.Mutual
	unknown   []string // top-level arrays the format does not know
	dropped   int      // problems only counted (see maxKept)
}

// decode parses one file's text into records and the problems found in
// them; ok is false when the file is not TOML. The fast parser reads the
// usual files, record by record; anything else goes to the full TOML
// parser.
func decode(ctx context.Context, name, src string, w *watcher, into []model.Mutual) (r records, problems []Problem, ok bool) {
	return decodeInto(ctx, name, src, w, true, into)
}

// decodeWith is decode that can be told not to try the fast parser, so
// that a test can check that both parsers apply one schema.
func decodeWith(ctx context.Context, name, src string, w *watcher, fast bool) (records, []Problem, bool) {
	return decodeInto(ctx, name, src, w, fast, nil)
}

// decodeInto is decodeWith that appends the fast parser's mutuals to into,
// an empty slice with room for them, when it has that room: the mutuals of
// all the files then lie in one array, never copied.
func decodeInto(ctx context.Context, name, src string, w *watcher, fast bool, into []model.Mutual) (records, []Problem, bool) {
	f := &file{name: name, src: src}
	r := records{file: name}
	var (
		raw map[string]any
		ok  bool
	)
	if fast {
		r.mutuals = into
		if n := expectedMutuals(src); cap(into) < n {
			r.mutuals = make([]model.Mutual, 0, n)
		}
		raw, ok = fastParse(src, func(array string, i int, m map[string]any, at int) bool {
			r.readElement(f, array, i, m)
			w.saw(&r, at, false)
			return i%256 != 0 || ctx.Err() == nil
		})
	}
	if ctx.Err() != nil {
		return records{}, nil, false
	}
	if !ok {
		w.restart(&r)
		r, f.problems = records{file: name}, nil
		if ps, dropped := checkBounds(name, src); len(ps) > 0 {
			return records{file: name, dropped: dropped}, ps, false
		}
		if _, err := toml.Decode(src, &raw); err != nil {
			return records{}, []Problem{syntaxProblem(name, src, err)}, false
		}
		r.readArrays(f, raw)
	}
	w.saw(&r, len(src), true)
	for _, name := range r.unknown {
		raw[name] = []map[string]any{}
	}
	root := table{f: f, what: "the file", m: raw, known: topKeys}
	root.checkKeys()
	root.notArrays()
	r.readProgramme(root)
	f.keepFirst()
	r.dropped = f.dropped
	return r, f.problems, true
}

// readArrays reads the [[source]] and [[mutual]] elements of a whole
// decoded document.
func (r *records) readArrays(f *file, raw map[string]any) {
	for _, key := range []string{"source", "mutual"} {
		v, ok := raw[key]
		if !ok {
			continue
		}
		list, ok := v.([]map[string]any)
		if !ok {
			continue // notArrays reports it, for both parsers
		}
		for i, m := range list {
			r.readElement(f, key, i, m)
		}
		delete(raw, key)
	}
}

// minMutualSize is the fewest bytes a [[mutual]] with its required fields
// takes, so that no count of headers can make the records' slice more than
// a few times the file.
const minMutualSize = 90

// expectedMutuals is how many [[mutual]] headers begin a line of src, so
// that the records' slice is made once at its size: growing it by doubling
// held the old and the new array at once, the peak of a load's memory.
func expectedMutuals(src string) int {
	n := strings.Count(src, "\n[[mutual]]")
	if strings.HasPrefix(src, "[[mutual]]") {
		n++
	}
	return min(n, len(src)/minMutualSize)
}

// notArrays reports a source or mutual key that is left in the root once
// the elements of its array of tables are read: whichever parser read the
// file, that is a [mutual] table or a mutual = … value.
func (root table) notArrays() {
	for _, key := range []string{"source", "mutual"} {
		if v, ok := root.m[key]; ok {
			root.wrongType(key, v, "an array of tables", fmt.Sprintf("write each one under its own [[%s]] header", key))
		}
	}
}

// readElement reads one [[source]] or [[mutual]]; an element of any other
// array is an unknown key of the file.
func (r *records) readElement(f *file, array string, i int, m map[string]any) {
	path := array + "." + strconv.Itoa(i)
	switch array {
	case "source":
		r.readSource(table{f: f, path: path, what: "[[source]]", m: m, known: sourceKeys})
	case "mutual":
		r.readMutual(table{f: f, path: path, what: "[[mutual]]", m: m, known: mutualKeys})
	default:
		if !slices.Contains(r.unknown, array) {
			r.unknown = append(r.unknown, array)
		}
	}
}

const crHint = `the lines of this file end in CR alone (old Mac style), which TOML does not allow: ` +
	`convert them to LF, for example with: tr '\r' '\n' < old.toml > new.toml`

func syntaxProblem(name, src string, err error) Problem {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return Problem{File: name, Message: err.Error()}
	}
	// The parser's byte offset is right where its line and column can be
	// off by one, so both are worked out from the offset.
	line, col := lineCol(src, pe.Position.Start)
	p := Problem{
		File: name, Line: line, Col: col,
		Text:    lineAt(src, line),
		Message: "TOML syntax: " + pe.Message,
		Hint:    "fix the TOML at the caret (strings need quotes, lists need [ ], each key once per table)",
	}
	if strings.Contains(p.Text, "\r") {
		p.Hint = crHint
	}
	return p
}

// lineCol turns a byte offset into a line and byte column, both from 1.
func lineCol(src string, offset int) (int, int) {
	offset = min(max(offset, 0), len(src))
	before := src[:offset]
	line := strings.Count(before, "\n") + 1
	return line, offset - (strings.LastIndexByte(before, '\n') + 1) + 1
}

func (r *records) readProgramme(root table) {
	v, ok := root.m["programme"]
	if !ok {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		root.wrongType("programme", v, "a table", "write it as a [programme] table")
		return
	}
	t := table{f: root.f, path: "programme", what: "[programme]", m: m, known: programmeKeys}
	t.checkKeys()
	p := model.Programme{
		Name: t.str("name", false), Announced: t.date("announced", false), Summary: t.str("summary", false),
		Total: t.total(), MentorPool: t.list("mentor_pool", false), Sources: t.list("sources", false),
	}
	r.programme = &p
}

func (r *records) readSource(t table) {
	s := model.Source{ID: t.id()}
	t.what = `[[source]] "` + s.ID + `"`
	t.checkKeys()
	s.Title = t.str("title", true)
	s.Publisher, s.Author = t.str("publisher", false), t.str("author", false)
	s.Date, s.URL, s.Note = t.date("date", false), t.str("url", false), t.str("note", false)
	r.sources = append(r.sources, s)
}

func (r *records) readMutual(t table) {
	m := model.Mutual{ID: t.id()}
	t.what = `[[mutual]] "` + m.ID + `"`
	t.checkKeys()
	m.Name, m.Location, m.Region = t.str("name", true), t.str("location", true), t.str("region", false)
	m.Wave = t.wave()
	m.ServiceArea, m.StaffGroups = t.list("service_area", true), t.list("staff_groups", true)
	m.Mentors, m.Partners = t.list("mentors", false), t.list("partners", false)
	m.LegalForm, m.Became, m.Outcome = t.str("legal_form", false), t.str("became", false), t.str("outcome", false)
	m.Summary, m.Sources = t.str("summary", true), t.list("sources", true)
	for _, e := range t.tables("event", t.what+" [[mutual.event]]", eventKeys) {
		m.Events = append(m.Events, r.readEvent(e))
	}
	for _, e := range t.tables("reading", t.what+" [[mutual.reading]]", readingKeys) {
		m.Readings = append(m.Readings, r.readReading(e))
	}
	if t.f.beyond(t.path) {
		// past the problems kept, in a file that can never load: only its
		// problems are counted, and the record is not held (a file of
		// 400,000 bare [[mutual]] headers held half a gigabyte of them)
		return
	}
	r.mutuals = append(r.mutuals, m)
}

func (r *records) readEvent(t table) model.Event {
	t.checkKeys()
	e := model.Event{Date: t.date("date", true), Kind: t.str("kind", true), Text: t.str("text", true), Sources: t.list("sources", true)}
	if e.Kind != "" && !slices.Contains(model.EventKinds, e.Kind) {
		t.f.report(t.at("kind"), "use one of: "+strings.Join(model.EventKinds, ", "), "unknown event kind %q in %s", e.Kind, t.what)
	}
	return e
}

func (r *records) readReading(t table) model.Reading {
	t.checkKeys()
	rd := model.Reading{Field: t.str("field", true), Value: t.str("value", true), Sources: t.list("sources", true)}
	if rd.Field != "" && !slices.Contains(mutualKeys, rd.Field) {
		t.f.report(t.at("field"), "name a [[mutual]] key, such as legal_form", "unknown field %q in %s", rd.Field, t.what)
	}
	return rd
}

// id reads and checks a required id.
func (t table) id() string {
	id := t.str("id", true)
	if id != "" && !idPattern.MatchString(id) {
		t.f.report(t.at("id"), `use lower-case letters, digits and hyphens, like "north-east-essex"`, "id %q is not a valid id", id)
	}
	return id
}

// wave reads the optional wave a pathfinder was announced in; 0 when
// absent, which says no source gives it.
func (t table) wave() int {
	v, ok := t.m["wave"]
	if !ok {
		return 0
	}
	hint := "write wave = 1 (announced August 2010) or wave = 2 (February 2011); leave it out when the wave is unknown"
	n, ok := v.(int64)
	if !ok {
		if _, quoted := v.(string); quoted {
			hint = "write it without quotes: wave = 2"
		}
		t.wrongType("wave", v, "an integer", hint)
		return 0
	}
	if !slices.ContainsFunc(model.Waves, func(w int) bool { return int64(w) == n }) {
		t.f.report(t.at("wave"), hint, "wave %d in %s is not 1 or 2", n, t.what)
		return 0
	}
	return int(n)
}

// total reads the optional count of mutuals the programme had in all.
func (t table) total() int {
	v, ok := t.m["total"]
	if !ok {
		return 0
	}
	hint := "write how many mutuals the programme had in all, without quotes: total = 22; leave it out when no source says"
	n, ok := v.(int64)
	if !ok {
		t.wrongType("total", v, "an integer", hint)
		return 0
	}
	if n < 1 || n > 1<<31 {
		t.f.report(t.at("total"), hint, "total %d in %s is not a count of mutuals", n, t.what)
		return 0
	}
	return int(n)
}

// date reads a date written as YYYY, YYYY-MM or YYYY-MM-DD: a day that is
// on the calendar, in a year from 0001.
func (t table) date(key string, required bool) string {
	d := t.str(key, required)
	if d == "" {
		return d
	}
	if _, ok := model.ParseDate(d); !ok || strings.TrimSpace(d) != d {
		t.f.report(t.at(key), `write a day on the calendar as "2010", "2010-08" or "2010-08-12"`, "%s %q in %s is not a date", key, d, t.what)
	}
	return d
}
