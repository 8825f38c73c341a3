package format

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/mutuals/mutuals/model"
)

// writeTOML writes mutuals in the data file format, with the programme and
// every source they cite, so that the output loads as it is (--data). Every
// string is a TOML basic string with controls, C1 controls and
// bidirectional marks escaped: the text round-trips exactly and is safe on
// a terminal.
func writeTOML(w io.Writer, ds *model.Dataset, ms []*model.Mutual) error {
	bw := bufio.NewWriter(w)
	t := tomlWriter{w: bw}
	fmt.Fprintf(bw, "# %d %s and the sources %s, written by mutuals in its data file\n# format: load it with mutuals --data FILE.\n",
		len(ms), model.Plural(len(ms), "mutual", "mutuals"), model.Plural(len(ms), "it cites", "they cite"))
	programmes := programmesOf(ds, ms)
	for _, p := range programmes {
		t.programme(p)
	}
	for _, s := range citedSources(ds, ms, programmes) {
		t.source(s)
	}
	for _, m := range ms {
		t.mutual(m)
	}
	return bw.Flush()
}

// programmesOf are the programmes ms belong to, in the dataset's order:
// a record written out carries its programme, so that it loads into any
// register as it was.
func programmesOf(ds *model.Dataset, ms []*model.Mutual) []*model.Programme {
	var out []*model.Programme
	for i := range ds.Programmes {
		p := &ds.Programmes[i]
		for _, m := range ms {
			if m.Programme == p.ID {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// citedSources are the dataset's sources that ms and their programmes
// cite, in the dataset's order.
func citedSources(ds *model.Dataset, ms []*model.Mutual, programmes []*model.Programme) []model.Source {
	cited := map[string]bool{}
	cite := func(ids []string) {
		for _, id := range ids {
			cited[id] = true
		}
	}
	for _, p := range programmes {
		cite(p.Sources)
		for _, pool := range p.Pools {
			cite(pool.Sources)
		}
		for _, r := range p.Readings {
			cite(r.Sources)
		}
	}
	for _, m := range ms {
		cite(m.Sources)
		cite(m.Stated.Sources)
		for _, e := range m.Events {
			cite(e.Sources)
		}
		for _, r := range m.Readings {
			cite(r.Sources)
		}
	}
	var out []model.Source
	for _, s := range ds.Sources {
		if cited[s.ID] {
			out = append(out, s)
		}
	}
	return out
}

type tomlWriter struct{ w *bufio.Writer }

func (t tomlWriter) programme(p *model.Programme) {
	t.w.WriteString("\n[[programme]]\n")
	t.str("id", p.ID)
	t.str("name", p.Name)
	t.str("announced", p.Announced)
	t.str("summary", p.Summary)
	t.number("total", p.Total)
	t.list("sources", p.Sources)
	for _, pool := range p.Pools {
		t.w.WriteString("\n[[programme.pool]]\n")
		t.number("wave", pool.Wave)
		t.list("mentors", pool.Mentors)
		t.list("sources", pool.Sources)
		t.str("note", pool.Note)
	}
	t.readings("programme", p.Readings)
}

func (t tomlWriter) readings(table string, rs []model.Reading) {
	for _, r := range rs {
		t.w.WriteString("\n[[" + table + ".reading]]\n")
		t.str("field", r.Field)
		t.str("value", r.Value)
		t.list("sources", r.Sources)
	}
}

func (t tomlWriter) source(s model.Source) {
	t.w.WriteString("\n[[source]]\n")
	t.str("id", s.ID)
	t.str("title", s.Title)
	t.str("publisher", s.Publisher)
	t.str("author", s.Author)
	t.str("date", s.Date)
	t.str("url", s.URL)
	t.str("note", s.Note)
}

func (t tomlWriter) mutual(m *model.Mutual) {
	t.w.WriteString("\n[[mutual]]\n")
	t.str("id", m.ID)
	t.str("name", m.Name)
	t.str("location", m.Location)
	t.str("region", m.Region)
	t.number("wave", m.Wave)
	t.list("service_area", m.ServiceArea)
	t.list("staff_groups", m.StaffGroups)
	t.list("mentors", m.Mentors)
	t.str("legal_form", m.LegalForm)
	t.list("partners", m.Partners)
	t.str("became", m.Became)
	t.str("outcome", m.Outcome)
	t.str("summary", m.Summary)
	t.list("sources", m.Sources)
	t.str("programme", m.Programme)
	t.str("status", m.Stated.Value)
	t.str("status_date", m.Stated.Date)
	t.list("status_sources", m.Stated.Sources)
	t.str("status_note", m.Stated.Note)
	for _, e := range m.Events {
		t.w.WriteString("\n[[mutual.event]]\n")
		t.str("date", e.Date)
		t.str("kind", e.Kind)
		t.str("text", e.Text)
		t.list("sources", e.Sources)
	}
	t.readings("mutual", m.Readings)
}

// number writes a positive integer; 0 means no source gives one.
func (t tomlWriter) number(key string, n int) {
	if n != 0 {
		fmt.Fprintf(t.w, "%s = %d\n", key, n)
	}
}

// str writes key = "value"; an empty value is left out, as the loader
// reads a missing optional key as empty.
func (t tomlWriter) str(key, value string) {
	if value == "" {
		return
	}
	t.w.WriteString(key + " = " + tomlString(value) + "\n")
}

// list writes an array on one line when it is short, else one item a line.
func (t tomlWriter) list(key string, items []string) {
	if len(items) == 0 {
		return
	}
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = tomlString(s)
	}
	line := key + " = [" + strings.Join(quoted, ", ") + "]"
	if utf8.RuneCountInString(line) <= 100 {
		t.w.WriteString(line + "\n")
		return
	}
	t.w.WriteString(key + " = [\n")
	for _, q := range quoted {
		t.w.WriteString("  " + q + ",\n")
	}
	t.w.WriteString("]\n")
}
