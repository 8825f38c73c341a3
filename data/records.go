package data

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/mutuals/mutuals/model"
)

// The schema of a data file, as both parsers read it: the keys each kind
// of record may hold, and how each record becomes a model value, with the
// problems of what is missing or wrong.

var (
	topKeys       = []string{"programme", "source", "mutual"}
	programmeKeys = []string{"id", "name", "announced", "summary", "total", "mentor_pool", "sources", "pool", "reading"}
	poolKeys      = []string{"wave", "mentors", "sources", "note"}
	sourceKeys    = []string{"id", "title", "publisher", "author", "date", "url", "note"}
	mutualKeys    = []string{"id", "name", "location", "region", "wave", "service_area", "staff_groups", "mentors", "legal_form", "partners", "became", "outcome", "summary", "sources", "event", "reading", "programme", "status", "status_date", "status_sources", "status_note"}
	eventKeys     = []string{"date", "kind", "text", "sources"}
	readingKeys   = []string{"field", "value", "sources"}
)

var idPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

// readProgramme reads the single [programme] table files had before
// programmes had ids: its id comes from its name, and its mentor pool is
// offered to all its mutuals.
func (r *records) readProgramme(root table) {
	v, ok := root.m["programme"]
	if !ok {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		if _, isArray := v.([]map[string]any); !isArray {
			root.wrongType("programme", v, "a table", "write it as a [[programme]] table with an id")
		}
		return
	}
	r.readProgrammeTable(table{f: root.f, path: "programme", what: "[programme]", m: m, known: programmeKeys})
}

func (r *records) readProgrammeTable(t table) {
	var p model.Programme
	if _, given := t.m["id"]; given || t.path != "programme" {
		p.ID = t.id()
		t.what = "[[programme]] " + quote(p.ID)
	}
	t.checkKeys()
	p.Name, p.Announced, p.Summary = t.str("name", false), t.date("announced", false), t.str("summary", false)
	p.Total, p.Sources = t.total(), t.list("sources", false)
	if p.ID == "" && t.path == "programme" {
		p.ID = model.IDFromName(p.Name)
	}
	if pool := t.list("mentor_pool", false); len(pool) > 0 {
		p.Pools = append(p.Pools, model.Pool{Mentors: pool, Sources: p.Sources})
	}
	for _, pt := range t.tables("pool", " [[programme.pool]]", poolKeys) {
		pt.checkKeys()
		p.Pools = append(p.Pools, model.Pool{Wave: pt.wave(), Mentors: pt.list("mentors", true), Sources: pt.list("sources", false), Note: pt.str("note", false)})
	}
	for _, rt := range t.tables("reading", " [[programme.reading]]", readingKeys) {
		p.Readings = append(p.Readings, r.readReading(rt, programmeKeys))
	}
	r.programmes = append(r.programmes, p)
	r.programmeAt = append(r.programmeAt, t.path)
}

func (r *records) readSource(t table) {
	s := model.Source{ID: t.id()}
	t.what = "[[source]] " + quote(s.ID)
	t.checkKeys()
	s.Title = t.str("title", true)
	s.Publisher, s.Author = t.str("publisher", false), t.str("author", false)
	s.Date, s.URL, s.Note = t.date("date", false), t.str("url", false), t.str("note", false)
	r.sources = append(r.sources, s)
}

func (r *records) readMutual(t table) {
	m := model.Mutual{ID: t.id()}
	t.what = "[[mutual]] " + quote(m.ID)
	t.checkKeys()
	m.Name, m.Location, m.Region = t.str("name", true), t.str("location", true), t.str("region", false)
	m.Wave = t.wave()
	m.ServiceArea, m.StaffGroups = t.list("service_area", true), t.list("staff_groups", true)
	m.Mentors, m.Partners = t.list("mentors", false), t.list("partners", false)
	m.LegalForm, m.Became, m.Outcome = t.str("legal_form", false), t.str("became", false), t.str("outcome", false)
	m.Summary, m.Sources = t.str("summary", true), t.list("sources", true)
	for _, e := range t.tables("event", " [[mutual.event]]", eventKeys) {
		m.Events = append(m.Events, r.readEvent(e))
	}
	for _, e := range t.tables("reading", " [[mutual.reading]]", readingKeys) {
		m.Readings = append(m.Readings, r.readReading(e, mutualKeys))
	}
	m.Programme = t.str("programme", false)
	if m.Stated = t.status(); m.Stated.Date != "" {
		// a copy, so that m itself stays off the heap: most records state no status
		stated := m
		if why := stated.StatusContradiction(); why != "" {
			t.f.report(t.at("status"), "give the date the status was true, or leave status out and let the events say it",
				"%s: %s", t.what, model.Printable(why))
		}
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

func (r *records) readReading(t table, fields []string) model.Reading {
	t.checkKeys()
	rd := model.Reading{Field: t.str("field", true), Value: t.str("value", true), Sources: t.list("sources", true)}
	if rd.Field != "" && !slices.Contains(fields, rd.Field) {
		hint := "name a [[mutual]] key, such as legal_form"
		if len(fields) == len(programmeKeys) {
			hint = "name a [[programme]] key, such as total"
		}
		t.f.report(t.at("field"), hint, "unknown field %q in %s", rd.Field, t.what)
	}
	return rd
}

// status reads the status a source states without a dated event.
func (t table) status() model.StatedStatus {
	s := model.StatedStatus{Value: t.str("status", false), Date: t.date("status_date", false),
		Note: t.str("status_note", false), Sources: t.list("status_sources", false)}
	switch {
	case s.Value == "" && !s.IsZero():
		t.missing("status", `"running"`)
	case s.Value != "" && !model.KnownStatus(s.Value):
		t.f.report(t.at("status"), "use one of: "+strings.Join(model.Statuses, ", "), "unknown status %q in %s", s.Value, t.what)
	case s.Value != "" && len(s.Sources) == 0:
		t.missing("status_sources", `["…"]`)
	}
	return s
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
	return t.count("wave", 2, "is not 1 or 2",
		"write wave = 1 (announced August 2010) or wave = 2 (February 2011); leave it out when the wave is unknown",
		func(n int64) bool { return slices.Contains(model.Waves, int(n)) })
}

// total reads the optional count of mutuals the programme had in all.
func (t table) total() int {
	return t.count("total", 22, "is not a count of mutuals",
		"write how many mutuals the programme had in all, without quotes: total = 22; leave it out when no source says",
		func(n int64) bool { return n >= 1 && n <= 1<<31 })
}

// count reads an optional integer key that valid accepts; 0 when it is
// absent or a problem. A quoted number is told to lose its quotes, shown
// with example.
func (t table) count(key string, example int, invalid, hint string, valid func(int64) bool) int {
	v, ok := t.m[key]
	if !ok {
		return 0
	}
	n, ok := v.(int64)
	if !ok {
		if _, quoted := v.(string); quoted {
			hint = fmt.Sprintf("write it without quotes: %s = %d", key, example)
		}
		t.wrongType(key, v, "an integer", hint)
		return 0
	}
	if !valid(n) {
		t.f.report(t.at(key), hint, "%s %d in %s %s", key, n, t.what, invalid)
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
