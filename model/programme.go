package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Programme is a scheme that mutuals belong to: the 2010 pathfinders, a
// council's own spin-outs. The mentor pools, the total and the
// announcement are the programme's, never a mutual's own.
type Programme struct {
	ID        string `json:"id"`
	Name      string `json:"name,omitempty"`
	Announced string `json:"announced,omitempty"`
	Summary   string `json:"summary,omitempty"`
	// Total is how many mutuals the programme had in all, where a source
	// says; 0 when none does. The data may record fewer.
	Total    int       `json:"total,omitempty"`
	Sources  []string  `json:"sources,omitempty"`
	Pools    []Pool    `json:"pool,omitempty"`
	Readings []Reading `json:"reading,omitempty"`
}

// Pool is a list of mentors offered to a programme's mutuals: to one wave
// of it, or (Wave 0) to every one. Offered is not assigned.
type Pool struct {
	Wave    int      `json:"wave,omitempty"`
	Mentors []string `json:"mentors"`
	Sources []string `json:"sources,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// Label is how people name the programme: its name, else its id.
func (p *Programme) Label() string {
	if p.Name != "" {
		return p.Name
	}
	return p.ID
}

// PoolFor is the pool offered to m: the one for its wave, else the one
// for every wave. A mutual whose wave no source gives is offered only a
// pool for every wave: the sources do not say it was offered one.
func (p *Programme) PoolFor(m *Mutual) (Pool, bool) {
	var all *Pool
	for i, pool := range p.Pools {
		if pool.Wave == 0 && all == nil {
			all = &p.Pools[i]
		} else if pool.Wave != 0 && pool.Wave == m.Wave {
			return pool, true
		}
	}
	if all != nil {
		return *all, true
	}
	return Pool{}, false
}

// Offered says to whom the pool was offered, as a note beside it.
func (pool Pool) Offered() string {
	if pool.Wave == 0 {
		return "offered to every mutual of the programme"
	}
	return "offered to wave " + strconv.Itoa(pool.Wave)
}

// IDFromName makes a programme id from its name, for the [programme] files
// written before programmes had ids: "Pathfinder mutuals" is
// "pathfinder-mutuals"; a name with nothing to make one of gives "programme".
func IDFromName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "programme"
	}
	return b.String()
}

// ProgrammeOf is the programme m belongs to, if any.
func (d *Dataset) ProgrammeOf(m *Mutual) (*Programme, bool) {
	if d == nil || m.Programme == "" {
		return nil, false
	}
	return d.Programme(m.Programme)
}

// Programme finds a programme by its id.
func (d *Dataset) Programme(id string) (*Programme, bool) {
	for i := range d.Programmes {
		if d.Programmes[i].ID == id {
			return &d.Programmes[i], true
		}
	}
	return nil, false
}

// PoolOf is the mentor pool offered to m by its programme, if it was
// offered one.
func (d *Dataset) PoolOf(m *Mutual) (Pool, bool) {
	p, ok := d.ProgrammeOf(m)
	if !ok {
		return Pool{}, false
	}
	return p.PoolFor(m)
}

// HasPools says whether any programme offered a mentor pool.
func (d *Dataset) HasPools() bool {
	for _, p := range d.Programmes {
		if len(p.Pools) > 0 {
			return true
		}
	}
	return false
}

// Recorded says how many mutuals the data holds, for each programme and
// of how many where it gives its total: "16 of 22 pathfinders · 3 my
// register", then those that belong to none. Where every mutual is in one
// programme, which the header names (Title), it is "16 of 22 mutuals".
func (d *Dataset) Recorded() string {
	if len(d.Programmes) == 0 || len(d.counts) == 0 {
		return mutualsCount(len(d.Mutuals))
	}
	if p := d.Programmes[0]; len(d.Programmes) == 1 && d.counts[p.ID] == len(d.Mutuals) {
		if total := p.Totals(); total != "" {
			return fmt.Sprintf("%d of %s mutuals", len(d.Mutuals), total)
		}
		return mutualsCount(len(d.Mutuals))
	}
	var parts []string
	in := 0
	for _, p := range d.Programmes {
		n := d.counts[p.ID]
		in += n
		switch {
		case n == 0:
			continue
		case p.Totals() != "":
			parts = append(parts, fmt.Sprintf("%d of %s %s", n, p.Totals(), Printable(p.Label())))
		default:
			parts = append(parts, fmt.Sprintf("%d %s", n, Printable(p.Label())))
		}
	}
	if rest := len(d.Mutuals) - in; rest > 0 {
		parts = append(parts, fmt.Sprintf("%d in no programme", rest))
	}
	return strings.Join(parts, " · ")
}

func mutualsCount(n int) string {
	if n == 1 {
		return "1 mutual"
	}
	return fmt.Sprintf("%d mutuals", n)
}

// WithProgramme adds p to d and gives it to every mutual that names no
// programme, as a file holding one programme does. It changes d's mutuals
// in place and returns the dataset that holds them.
func (d *Dataset) WithProgramme(p Programme) *Dataset {
	for i := range d.Mutuals {
		if d.Mutuals[i].Programme == "" {
			d.Mutuals[i].Programme = p.ID
		}
	}
	out := NewDataset(d.Name, append(slices.Clone(d.Programmes), p), d.Mutuals, d.Sources)
	out.Files = d.Files
	return out
}

// Title is the name of the dataset's programme where it has exactly one
// (a header names it); "" when it has none or several.
func (d *Dataset) Title() string {
	if len(d.Programmes) != 1 {
		return ""
	}
	return d.Programmes[0].Name
}

// Totals is how many mutuals the programme had in all, as its sources
// give it: "22", or where they disagree "21 or 22"; "" when none says.
func (p *Programme) Totals() string {
	var ns []int
	if p.Total > 0 {
		ns = append(ns, p.Total)
	}
	for _, r := range p.Readings {
		if n, err := strconv.Atoi(strings.TrimSpace(r.Value)); r.Field == "total" && err == nil && n > 0 && !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	words := make([]string, len(ns))
	for i, n := range ns {
		words[i] = strconv.Itoa(n)
	}
	return strings.Join(words, " or ")
}
