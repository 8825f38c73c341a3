package render

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
)

const labelWidth = 14

// eventLabelMax is the widest an event's label column grows: a date and
// the longest kind ("2019-07-30 contract-lost"). A longer label, from a
// register's own data, goes on a line of its own.
const eventLabelMax = 24

// MinWidth is the narrowest width printed output is laid out to: below it
// no layout reads, and RecordLines widens anything narrower to it.
const MinWidth = 20

// noneNamed is what the mentors line says when no source names a mentor for
// this mutual, so that the programme's pool is never read as an assignment.
const noneNamed = "none named for this mutual"

// poolNote heads the programme's mentor pool wherever it is shown: to
// whom it was offered, and that it was assigned to no one.
func poolNote(pool model.Pool) string {
	if pool.Wave != 0 {
		return fmt.Sprintf("offered to wave %d, not assigned to any one: ", pool.Wave)
	}
	return "offered to all, not assigned to any one: "
}

// RecordLines renders one mutual in full, wrapped to width: the same lines
// serve `mutuals show` and the browser's detail pane.
func RecordLines(ds *model.Dataset, m *model.Mutual, width int, st Styles) []string {
	return RecordView(ds, m, width, st, RecordOptions{})
}

// RecordOptions are the browser's ways of drawing a record.
type RecordOptions struct {
	// Screen draws for the browser: a word too long for its line is cut
	// to fit and a source's address is a hyperlink, where printed output
	// keeps every word whole so that copying it works.
	Screen bool
	Query  model.Query // its matches are highlighted
	// ShortPool draws the programme's mentor pool, the same on every
	// record, on one line, so that the mutual's own facts stay on screen.
	ShortPool bool
	// PoolMore says how to see the whole pool when not one name fits.
	PoolMore string
}

// RecordView is RecordLines drawn as opts asks.
func RecordView(ds *model.Dataset, m *model.Mutual, width int, styles Styles, opts RecordOptions) []string {
	width = max(width, MinWidth)
	st := pen{Styles: styles, screen: opts.Screen, find: opts.Query, whole: showCommand(m.ID)}
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	for _, l := range st.in("name").wrapText(m.Name, width) {
		add(st.Title.Render(l))
	}
	for _, l := range st.wrapText(placeLine(m), width) {
		add(st.Dim.Render(l))
	}
	add("")
	for _, f := range RecordFields(ds, m) {
		if f.Label == "mentor pool" && opts.ShortPool {
			pool, _ := ds.PoolOf(m)
			add(poolLine(st, pool, width, opts.PoolMore))
			continue
		}
		add(labelled(st.in(f.key()), f.Label, f.Value, labelWidth, width)...)
	}
	add("")
	add(st.in("summary").wrapText(m.Summary, width)...)
	add(eventLines(m, width, st.in("events"))...)
	add(readingLines(m.Readings, width, st)...)
	add(sourceLines(ds, m.Cited(), width, st.in("sources"))...)
	return out
}

// poolLine is the mentor pool on one line that still says it was offered
// to all and assigned to none: as many whole names as fit, then "…"; when
// not one fits, the key that lists them (more).
func poolLine(st pen, offer model.Pool, width int, more string) string {
	pool := offer.Mentors
	to := "all"
	if offer.Wave != 0 {
		to = fmt.Sprintf("wave %d", offer.Wave)
	}
	head := fmt.Sprintf("offered to %s %d, none assigned", to, len(pool))
	if len(pool) == 1 || offer.Wave != 0 {
		head = fmt.Sprintf("offered to %s, none assigned", to)
	}
	room := width - labelWidth - 2
	text := head
	for _, try := range poolVariants(head, pool, more, room) {
		if Width(try) <= room {
			text = try
			break
		}
	}
	return st.Label.Render(Pad("mentor pool", labelWidth)) + "  " + Truncate(st.in("").marked(text), room)
}

// poolVariants are the ways to say the pool in room cells, longest first.
// A name takes a cell and its comma two more, so no more than room/3+1
// names can fit: a pool of thousands costs what the line does.
func poolVariants(head string, pool []string, more string, room int) []string {
	var out []string
	for n := min(len(pool), max(room, 0)/3+1); n > 0; n-- {
		names := make([]string, n)
		for i := range names {
			names[i] = model.Printable(pool[i])
		}
		v := head + " — " + Commas(names)
		if n < len(pool) {
			v += ", …"
		}
		out = append(out, v)
	}
	if more != "" {
		out = append(out, head+" — "+more+" lists them", head+" ("+more+")")
	}
	return out
}

// placeLine is the id and where the mutual is, under its name.
func placeLine(m *model.Mutual) string { return m.ID + " · " + WhereLine(m) }

// WhereLine is the location, and the region when it says more.
func WhereLine(m *model.Mutual) string {
	if m.Region != "" && m.Region != m.Location {
		return m.Location + " · " + m.Region
	}
	return m.Location
}

type labelledValue struct{ Label, Value string }

// key is the field's key, for highlighting a query's fielded terms in it.
func (v labelledValue) key() string {
	f, _ := model.FieldByKey(strings.ReplaceAll(v.Label, " ", "_"))
	return f.Key
}

func RecordFields(ds *model.Dataset, m *model.Mutual) []labelledValue {
	mentors := Commas(m.Mentors)
	if mentors == "" {
		mentors = noneNamed
		if len(m.ReadingsOf("mentors")) > 0 {
			mentors = "none named as assigned; see " + seeReadings(m)
		}
	}
	var fields []labelledValue
	if p, ok := ds.ProgrammeOf(m); ok {
		fields = append(fields, labelledValue{"programme", p.Label()})
	}
	fields = append(fields, []labelledValue{
		{"wave", orReadings(m, "wave", m.WaveText())},
		{"legal form", orReadings(m, "legal_form", m.LegalFormText())},
		{"service area", Commas(m.ServiceArea)},
		{"staff groups", Commas(m.StaffGroups)},
		{"mentors named", mentors},
	}...)
	if pool, ok := ds.PoolOf(m); ok {
		fields = append(fields, labelledValue{"mentor pool", poolNote(pool) + Commas(pool.Mentors)})
	}
	if len(m.Partners) > 0 {
		fields = append(fields, labelledValue{"partners", Commas(m.Partners)})
	}
	if m.Became != "" {
		fields = append(fields, labelledValue{"became", m.Became})
	}
	fields = append(fields, labelledValue{"outcome", orReadings(m, "outcome", m.Outcome)})
	return append(fields, labelledValue{"status", StatusText(m.Status())})
}

// StatusText is a status as the record shows it: with its date, how it
// ended, and who says so where a source states it.
func StatusText(st model.Status) string {
	text := st.String()
	if st.Stated && len(st.Sources) > 0 {
		text += " [" + Commas(st.Sources) + "]"
	}
	if st.Note != "" {
		text += ": " + st.Note
	}
	return text
}

func eventLines(m *model.Mutual, width int, st pen) []string {
	out := []string{"", st.Heading.Render("What happened next")}
	if len(m.Events) == 0 {
		return append(out, hangLines("", "", st.wrapText("not known: no source was found", width), st.Dim)...)
	}
	// The label column is as wide as the widest label ("2019-07-30
	// contract-lost"), so that every event's text hangs at one indent.
	labelW := labelWidth + 8
	for _, e := range m.Events {
		labelW = max(labelW, Width(model.Printable(e.Date+" "+e.Kind)))
	}
	labelW = min(labelW, eventLabelMax)
	for _, e := range m.Events {
		text := fmt.Sprintf("%s [%s]", e.Text, Commas(e.Sources))
		out = append(out, labelled(st, e.Date+" "+e.Kind, text, labelW, width)...)
	}
	if !m.EndKnown() {
		out = append(out, hangLines("", "", st.wrapText("after that: not known", width), st.Dim)...)
	}
	return out
}

// DifferHeading heads the readings, worded for one reading as for
// several: a single reading is one source against the record.
func DifferHeading(readings int) string {
	if readings == 1 {
		return "Where a source differs"
	}
	return "Where sources differ"
}

// seeReadings points a field's line to the readings' section.
func seeReadings(m *model.Mutual) string {
	h := DifferHeading(len(m.Readings))
	return strings.ToLower(h[:1]) + h[1:]
}

// orReadings is a field's value, "unknown" when the record gives none;
// where readings give the field, an unknown points to them rather than
// standing flatly.
func orReadings(m *model.Mutual, key, v string) string {
	if v == "" && len(m.ReadingsOf(key)) > 0 {
		return model.Unknown + "; see " + seeReadings(m)
	}
	return model.OrUnknown(v)
}

func readingLines(readings []model.Reading, width int, st pen) []string {
	if len(readings) == 0 {
		return nil
	}
	out := []string{""}
	for _, l := range Wrap(DifferHeading(len(readings)), width) {
		out = append(out, st.Heading.Render(l))
	}
	for _, r := range readings {
		label := strings.ReplaceAll(r.Field, "_", " ")
		out = append(out, labelled(st, label, fmt.Sprintf("%q [%s]", r.Value, Commas(r.Sources)), labelWidth, width)...)
	}
	return out
}

func sourceLines(ds *model.Dataset, ids []string, width int, st pen) []string {
	out := []string{"", st.Heading.Render("Sources")}
	for _, id := range ids {
		s, ok := ds.Source(id)
		if !ok {
			out = append(out, st.wrapText("["+id+"] (not defined)", width)...)
			continue
		}
		out = append(out, hangLines("", "    ", st.wrapText(fmt.Sprintf("[%s] %s", s.ID, SourceCitation(s)), width-4), lipgloss.NewStyle())...)
		if s.URL != "" {
			out = append(out, urlLines(s.URL, width-4, st)...)
		}
		if s.Note != "" {
			out = append(out, hangLines("    ", "    ", st.wrapText("note: "+s.Note, width-4), st.Dim)...)
		}
	}
	return out
}

// SourceCitation is title, publisher, author and date as one line.
func SourceCitation(s model.Source) string {
	parts := []string{s.Title}
	for _, p := range []string{s.Publisher, s.Author, s.Date} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " — ")
}

// showCommand is the command that prints the mutual with id whole: an id
// that starts with a dash follows "--", or it would be read as a flag.
func showCommand(id string) string {
	if strings.HasPrefix(id, "-") {
		return "show -- " + model.Printable(id)
	}
	return "show " + model.Printable(id)
}
