package format

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// exportTOML is list --format toml of every mutual in ds.
func exportTOML(t *testing.T, ds *model.Dataset) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := NewOutput(&buf, true, 80, TOML).PrintList(ds, pointers(ds.Mutuals)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// listJSON is list --format json of every mutual in ds.
func listJSON(t *testing.T, ds *model.Dataset) string {
	t.Helper()
	var buf bytes.Buffer
	if err := NewOutput(&buf, true, 80, JSON).PrintList(ds, pointers(ds.Mutuals)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func pointers(ms []model.Mutual) []*model.Mutual {
	out := make([]*model.Mutual, len(ms))
	for i := range ms {
		out[i] = &ms[i]
	}
	return out
}

// TestTOMLRoundTrip is the property: for any dataset, loading its TOML
// export gives the same list --format json, the same programme, and the
// sources the records cite (a source nothing cites is not exported).
func TestTOMLRoundTrip(t *testing.T) {
	for seed := range uint64(300) {
		ds := randomDataset(rand.New(rand.NewPCG(seed, 16)))
		file := exportTOML(t, ds)
		back, err := loadtest.Load(t, "export.toml", file)
		if err != nil {
			t.Fatalf("seed %d: the export does not load:\n%v\n--- export:\n%s", seed, err, file)
		}
		if got, want := listJSON(t, back), listJSON(t, ds); got != want {
			t.Fatalf("seed %d: list -f json differs after the round trip\n--- export:\n%s\n--- got:\n%s\n--- want:\n%s", seed, file, got, want)
		}
		cited := citedSources(ds, pointers(ds.Mutuals), programmesOf(ds, pointers(ds.Mutuals)))
		same(t, fmt.Sprint("seed ", seed, " sources"), back.Sources, cited)
		var written []model.Programme
		for _, p := range programmesOf(ds, pointers(ds.Mutuals)) {
			written = append(written, *p)
		}
		same(t, fmt.Sprint("seed ", seed, " programmes"), back.Programmes, written)
	}
}

func TestTOMLRoundTripBuiltin(t *testing.T) {
	ds := uitest.Pathfinders(t)
	back, err := loadtest.Load(t, "export.toml", exportTOML(t, ds))
	if err != nil {
		t.Fatalf("the export of the built-in data does not load:\n%v", err)
	}
	if listJSON(t, back) != listJSON(t, ds) {
		t.Error("the built-in mutuals differ after the round trip")
	}
	same(t, "sources", back.Sources, ds.Sources)
	same(t, "programmes", back.Programmes, ds.Programmes)
}

func TestTOMLGolden(t *testing.T) {
	ds := uitest.Pathfinders(t)
	var buf bytes.Buffer
	if err := NewOutput(&buf, false, 80, TOML).PrintList(ds, uitest.Find(t, ds, "leicester", "westminster")); err != nil {
		t.Fatal(err)
	}
	uitest.Golden(t, *update, "list.toml", buf.Bytes())
}

// TestTOMLShowCitesWhatItNeeds: one record exported alone loads alone.
func TestTOMLShowCitesWhatItNeeds(t *testing.T) {
	ds := uitest.Pathfinders(t)
	for i := range ds.Mutuals {
		var buf bytes.Buffer
		if err := NewOutput(&buf, true, 80, TOML).PrintRecord(ds, &ds.Mutuals[i]); err != nil {
			t.Fatal(err)
		}
		back, err := loadtest.Load(t, "one.toml", buf.Bytes())
		if err != nil {
			t.Fatalf("show %s -f toml does not load:\n%v", ds.Mutuals[i].ID, err)
		}
		same(t, ds.Mutuals[i].ID, back.Mutuals, ds.Mutuals[i:i+1])
	}
}

// TestTOMLEscapesForTheTerminal: the export is safe to print, as every
// other format is: no control or bidirectional character is written raw.
func TestTOMLEscapesForTheTerminal(t *testing.T) {
	ds := model.NewDataset("x", nil, []model.Mutual{{
		ID: "x", Name: "a\x1b[31mred\u202e\u0085\"\\", Location: "l\r\n\t", ServiceArea: []string{"\x00"},
		StaffGroups: []string{"s"}, Summary: "s", Sources: []string{"s"},
	}}, []model.Source{{ID: "s", Title: "t"}})
	out := string(exportTOML(t, ds))
	if i := strings.IndexFunc(out, func(r rune) bool { return (r < 0x20 && r != '\n') || r == 0x7f || needsEscape(r) }); i >= 0 {
		t.Errorf("raw control %q in the export:\n%q", out[i:i+1], out)
	}
}

func same(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("%s differ after the round trip:\n got %s\nwant %s", what, g, w)
	}
}

// hostile holds what breaks hand-written TOML: quotes, backslashes, line
// ends, controls, triple quotes, comment and table syntax, wide and
// combining characters, bidirectional overrides.
var hostile = []string{`"`, `\`, "\n", "\r\n", "\t", "\x00", "\x1b[2J", "\x7f", "\u0085", "\u202e", `"""`, "'''", "#", "[[mutual]]",
	"= x", "é", "e\u0301", "日本", "🧑‍🤝‍🧑", " ", "\\u0041", "${HOME}", "ok"}

func randomText(r *rand.Rand, required bool) string {
	n := r.IntN(5)
	if required {
		n++
	}
	var b strings.Builder
	for range n {
		b.WriteString(hostile[r.IntN(len(hostile))])
	}
	if required && model.Blank(b.String()) {
		b.WriteString("x")
	}
	return b.String()
}

func randomList(r *rand.Rand, min int) []string {
	var out []string
	for range min + r.IntN(3) {
		out = append(out, randomText(r, true))
	}
	return out
}

func randomDate(r *rand.Rand) string {
	return []string{"2010", "2011-02", "2016-10-01", "1999-12-31"}[r.IntN(4)]
}

func randomDataset(r *rand.Rand) *model.Dataset {
	var sources []model.Source
	var ids []string
	for i := range 1 + r.IntN(4) {
		id := fmt.Sprintf("s-%d", i)
		ids = append(ids, id)
		s := model.Source{ID: id, Title: randomText(r, true)}
		if r.IntN(2) == 0 {
			s.Publisher, s.Author, s.URL, s.Note = randomText(r, false), randomText(r, false), randomText(r, false), randomText(r, false)
			s.Date = randomDate(r)
		}
		sources = append(sources, s)
	}
	cite := func() []string { return []string{ids[r.IntN(len(ids))]} }
	var ps []model.Programme
	for i := range r.IntN(3) {
		p := model.Programme{ID: fmt.Sprintf("p-%d", i), Name: randomText(r, false), Announced: randomDate(r), Summary: randomText(r, false), Sources: cite()}
		for range r.IntN(3) {
			p.Pools = append(p.Pools, model.Pool{Wave: r.IntN(3), Mentors: randomList(r, 1), Sources: cite(), Note: randomText(r, false)})
		}
		if r.IntN(2) == 0 {
			p.Total = 5 + r.IntN(30) // never below the mutuals recorded: that is a problem
			p.Readings = append(p.Readings, model.Reading{Field: "total", Value: randomText(r, true), Sources: cite()})
		}
		ps = append(ps, p)
	}
	var ms []model.Mutual
	for i := range 1 + r.IntN(5) {
		m := model.Mutual{
			ID: fmt.Sprintf("m-%d", i), Name: randomText(r, true), Location: randomText(r, true), Region: randomText(r, false),
			ServiceArea: randomList(r, 1), StaffGroups: randomList(r, 1), Mentors: randomList(r, 0), LegalForm: randomText(r, false),
			Partners: randomList(r, 0), Became: randomText(r, false), Outcome: randomText(r, false), Summary: randomText(r, true), Sources: cite(),
		}
		for range r.IntN(3) {
			m.Events = append(m.Events, model.Event{Date: randomDate(r), Kind: model.EventKinds[r.IntN(len(model.EventKinds))], Text: randomText(r, true), Sources: cite()})
		}
		for range r.IntN(3) {
			m.Readings = append(m.Readings, model.Reading{Field: []string{"legal_form", "outcome", "name", "status", "event"}[r.IntN(5)], Value: randomText(r, true), Sources: cite()})
		}
		if len(ps) > 0 {
			m.Programme = ps[r.IntN(len(ps))].ID
		}
		if r.IntN(3) == 0 {
			m.Stated = model.StatedStatus{Value: model.Statuses[r.IntN(len(model.Statuses))], Note: randomText(r, false), Sources: cite()}
		}
		ms = append(ms, m)
	}
	return model.NewDataset("random", ps, ms, sources)
}
