package data

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/mutuals/mutuals/model"
)

var (
	topKeys       = []string{"programme", "source", "mutual"}
	programmeKeys = []string{"name", "announced", "summary", "mentor_pool", "sources"}
	sourceKeys    = []string{"id", "title", "publisher", "author", "date", "url", "note"}
	mutualKeys    = []string{"id", "name", "location", "region", "service_area", "staff_groups", "mentors", "legal_form", "partners", "became", "outcome", "summary", "sources", "event", "reading"}
	eventKeys     = []string{"date", "kind", "text", "sources"}
	readingKeys   = []string{"field", "value", "sources"}
)

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9-]+$`)
	datePattern = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
)

// ref is a source id a record cites, and where.
type ref struct {
	id string
	at Problem
}

// records is what one file holds, with where each thing is, so that checks
// across files can point back at it.
type records struct {
	programme   *model.Programme
	programmeAt Problem
	sources     []model.Source
	sourceAt    []Problem
	mutuals     []model.Mutual
	mutualAt    []Problem
	refs        []ref
}

// decode parses one file's text into records, or the problems found.
func decode(name, src string) (records, []Problem) {
	var raw map[string]any
	if _, err := toml.Decode(src, &raw); err != nil {
		return records{}, []Problem{syntaxProblem(name, src, err)}
	}
	f := &file{name: name, src: src, layout: scanLayout(src)}
	root := table{f: f, what: "the file", m: raw, known: topKeys}
	root.checkKeys()
	var r records
	r.readProgramme(root)
	for _, t := range root.tables("source", "[[source]]", sourceKeys) {
		r.readSource(t)
	}
	for _, t := range root.tables("mutual", "[[mutual]]", mutualKeys) {
		r.readMutual(t)
	}
	return r, f.problems
}

func syntaxProblem(name, src string, err error) Problem {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return Problem{File: name, Message: err.Error()}
	}
	return Problem{
		File: name, Line: pe.Position.Line, Col: pe.Position.Col,
		Text:    lineAt(src, pe.Position.Line),
		Message: "TOML syntax: " + pe.Message,
		Hint:    "fix the TOML at the caret (strings need quotes, lists need [ ], each key once per table)",
	}
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
		MentorPool: t.list("mentor_pool", false), Sources: t.list("sources", false),
	}
	r.programme, r.programmeAt = &p, root.f.place("programme")
	r.cite(t, "sources", p.Sources)
}

func (r *records) readSource(t table) {
	s := model.Source{ID: t.id()}
	t.what = fmt.Sprintf("[[source]] %q", s.ID)
	t.checkKeys()
	s.Title = t.str("title", true)
	s.Publisher, s.Author = t.str("publisher", false), t.str("author", false)
	s.Date, s.URL, s.Note = t.date("date", false), t.str("url", false), t.str("note", false)
	r.sources = append(r.sources, s)
	r.sourceAt = append(r.sourceAt, t.f.place(t.at("id")))
}

func (r *records) readMutual(t table) {
	m := model.Mutual{ID: t.id()}
	t.what = fmt.Sprintf("[[mutual]] %q", m.ID)
	t.checkKeys()
	m.Name, m.Location, m.Region = t.str("name", true), t.str("location", true), t.str("region", false)
	m.ServiceArea, m.StaffGroups = t.list("service_area", true), t.list("staff_groups", true)
	m.Mentors, m.Partners = t.list("mentors", false), t.list("partners", false)
	m.LegalForm, m.Became, m.Outcome = t.str("legal_form", false), t.str("became", false), t.str("outcome", false)
	m.Summary, m.Sources = t.str("summary", true), t.list("sources", true)
	r.cite(t, "sources", m.Sources)
	for _, e := range t.tables("event", t.what+" [[mutual.event]]", eventKeys) {
		m.Events = append(m.Events, r.readEvent(e))
	}
	for _, e := range t.tables("reading", t.what+" [[mutual.reading]]", readingKeys) {
		m.Readings = append(m.Readings, r.readReading(e))
	}
	r.mutuals = append(r.mutuals, m)
	r.mutualAt = append(r.mutualAt, t.f.place(t.at("id")))
}

func (r *records) readEvent(t table) model.Event {
	t.checkKeys()
	e := model.Event{Date: t.date("date", true), Kind: t.str("kind", true), Text: t.str("text", true), Sources: t.list("sources", true)}
	if e.Kind != "" && !slices.Contains(model.EventKinds, e.Kind) {
		t.f.report(t.at("kind"), "use one of: "+strings.Join(model.EventKinds, ", "), "unknown event kind %q in %s", e.Kind, t.what)
	}
	r.cite(t, "sources", e.Sources)
	return e
}

func (r *records) readReading(t table) model.Reading {
	t.checkKeys()
	rd := model.Reading{Field: t.str("field", true), Value: t.str("value", true), Sources: t.list("sources", true)}
	if rd.Field != "" && !slices.Contains(mutualKeys, rd.Field) {
		t.f.report(t.at("field"), "name a [[mutual]] key, such as legal_form", "unknown field %q in %s", rd.Field, t.what)
	}
	r.cite(t, "sources", rd.Sources)
	return rd
}

func (r *records) cite(t table, key string, ids []string) {
	at := t.f.place(t.at(key))
	for _, id := range ids {
		r.refs = append(r.refs, ref{id: id, at: at})
	}
}

// id reads and checks a required id.
func (t table) id() string {
	id := t.str("id", true)
	if id != "" && !idPattern.MatchString(id) {
		t.f.report(t.at("id"), `use lower-case letters, digits and hyphens, like "north-east-essex"`, "id %q is not a valid id", id)
	}
	return id
}

// date reads a date written as YYYY, YYYY-MM or YYYY-MM-DD.
func (t table) date(key string, required bool) string {
	d := t.str(key, required)
	if d != "" && !datePattern.MatchString(d) {
		t.f.report(t.at(key), `write it as "2010", "2010-08" or "2010-08-12"`, "%s %q in %s is not a date", key, d, t.what)
	}
	return d
}
