package render

import (
	"fmt"
	"strings"

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
	st := pen{Styles: styles, screen: opts.Screen, find: opts.Query}
	if opts.Screen {
		st.budget = NewBudget("the command " + showCommand(m.ID) + " prints it all")
	}
	var out []string
	add := func(lines ...string) { out = append(out, st.budget.Charge(lines)...) }
	for _, l := range st.in("name").wrapText(m.Name, width) {
		add(st.Title.Render(l))
	}
	for _, l := range st.wrapText(placeLine(m), width) {
		add(st.Dim.Render(l))
	}
	add("")
	for _, f := range recordFields(ds, m, st.budget) {
		switch {
		case st.budget.Spent():
			st.budget.Skip(max(f.size, len(f.Value)))
			continue
		case f.Label == "mentor pool" && opts.ShortPool:
			pool, _ := ds.PoolOf(m)
			add(poolLine(st, pool, width, opts.PoolMore))
			continue
		}
		fs := st.in(f.key())
		fs.size = f.size
		add(labelled(fs, f.Label, f.Value, labelWidth, width)...)
	}
	add("")
	add(st.in("summary").wrapText(m.Summary, width)...)
	// the sections charge the budget as they go, an item at a time
	out = append(out, eventLines(m, width, st.in("events"))...)
	out = append(out, readingLines(m.Readings, width, st)...)
	out = append(out, sourceLines(ds, m.Cited(), width, st.in("sources"))...)
	return append(out, st.budget.More(width, styles)...)
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

// showCommand is the command that prints the mutual with id whole: an id
// that starts with a dash follows "--", or it would be read as a flag.
func showCommand(id string) string {
	if strings.HasPrefix(id, "-") {
		return "show -- " + model.Printable(id)
	}
	return "show " + model.Printable(id)
}
