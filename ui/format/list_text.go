package format

import (
	"fmt"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// writeListText writes the list a line at a time, so that a long list
// is never held in memory as text. Each field is made printable and
// measured once; to a pipe, where nothing is styled, a line is appended
// byte by byte with no styling at all: about a microsecond a line. When
// the list fits a width (a terminal, or --width) its columns are the ones
// that fit (see fitList). A last line counts what it shows and what the
// data holds, of the programme's total where it gives one: an empty
// result says so, and a partial dataset is never read as the whole.
func (o Output) writeListText(ds *model.Dataset, ms []*model.Mutual) error {
	rows := make([]listRow, len(ms))
	var idW, nameW, placeW int
	for i, m := range ms {
		r := &rows[i]
		r.id, r.name, r.place = model.Printable(m.ID), model.Printable(m.Name), model.Printable(m.Location)
		r.idW, r.nameW, r.placeW = render.Width(r.id), render.Width(r.name), render.Width(r.place)
		idW, nameW, placeW = max(idW, r.idW), max(nameW, r.nameW), max(placeW, r.placeW)
	}
	cols := listColumns{id: true, place: true, service: true, nameW: nameW}
	if o.Fit {
		cols = fitList(o.Width, idW, nameW, placeW)
	}
	w := newLineWriter(o.w)
	st := o.Styles
	for i, m := range ms {
		r := &rows[i]
		line := w.buf
		start := len(line)
		name, nw := r.name, r.nameW
		if nw > cols.nameW {
			name = render.Truncate(name, cols.nameW)
			nw = render.Width(name)
		}
		switch {
		case o.plain():
			if cols.id {
				line = appendPadded(line, r.id, idW-r.idW+2)
			}
			line = appendPadded(line, name, cols.nameW-nw+2)
		default:
			if cols.id {
				line = append(line, st.Dim.Render(render.Pad(r.id, idW))+"  "...)
			}
			line = append(line, st.Selected.Render(render.Pad(name, cols.nameW))+"  "...)
		}
		if cols.place {
			line = appendPadded(line, r.place, placeW-r.placeW+2)
		}
		for j, s := range m.ServiceArea {
			if !cols.service {
				break
			}
			if j > 0 {
				line = append(line, ", "...)
			}
			line = append(line, model.Printable(s)...)
		}
		for len(line) > start && line[len(line)-1] == ' ' {
			line = line[:len(line)-1]
		}
		if o.Fit {
			line = append(line[:start], render.Truncate(string(line[start:]), o.Width)...)
		}
		w.buf = line
		w.endLine()
	}
	line := st.Dim.Render(fmt.Sprintf("%d shown · %s", len(ms), ds.Recorded()))
	if o.Fit {
		line = render.Truncate(line, o.Width)
	}
	w.Line(line)
	return w.Flush()
}

// listColumns are the columns of the list's lines, and the name's width.
type listColumns struct {
	id, place, service bool
	nameW              int
}

// minService is the narrowest service area worth showing, cut with "…".
const minService = 12

// fitList picks the list's columns for width: the name always (cut when
// it alone is wider), then the id, the location and the service area,
// each only when it fits beside the ones before it, whole (the service
// area, last, takes what is left, cut). A narrow terminal shows whole
// names, not ids and a cut name.
func fitList(width, idW, nameW, placeW int) listColumns {
	c := listColumns{nameW: min(nameW, width)}
	used := c.nameW
	if used+2+idW <= width {
		c.id, used = true, used+2+idW
	}
	if used+2+placeW <= width {
		c.place, used = true, used+2+placeW
	}
	c.service = used+2+minService <= width
	return c
}

// listRow is one mutual's line of the list, printable and measured.
type listRow struct {
	id, name, place    string
	idW, nameW, placeW int
}
