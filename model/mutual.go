// Package model holds the records, the query language and matching, and
// comparison. It knows nothing of files or terminals.
package model

import (
	"encoding/json"
	"strconv"
)

// Mutual is one public-service mutual: who runs what, as its sources state it.
type Mutual struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Location    string    `json:"location"`
	Region      string    `json:"region,omitempty"`
	Wave        int       `json:"wave,omitempty"` // 1 or 2; 0 when no source says
	ServiceArea []string  `json:"service_area"`
	StaffGroups []string  `json:"staff_groups"`
	Mentors     []string  `json:"mentors,omitempty"`
	LegalForm   string    `json:"legal_form,omitempty"`
	Partners    []string  `json:"partners,omitempty"`
	Became      string    `json:"became,omitempty"`
	Outcome     string    `json:"outcome,omitempty"`
	Summary     string    `json:"summary"`
	Sources     []string  `json:"sources"`
	Events      []Event   `json:"event,omitempty"`
	Readings    []Reading `json:"reading,omitempty"`
	// Programme is the id of the programme the mutual belongs to; "" for none.
	Programme string `json:"programme,omitempty"`
	// Stated is the status a source gives without a dated event; see Status.
	Stated StatedStatus `json:"stated_status,omitzero"`
}

// Event is one dated thing that happened to a mutual, with its own sources.
type Event struct {
	Date    string   `json:"date"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// EventKinds are the kinds an Event may have, in the order of a typical life.
var EventKinds = []string{"announced", "launched", "contract-won", "contract-lost", "transferred", "wound-up", "closed", "dropped", "other"}

// Waves are the announcements a pathfinder can belong to: the first
// (August 2010) and the second (February 2011). A Mutual whose wave no
// source gives has Wave 0.
var Waves = []int{1, 2}

// WaveText is a mutual's wave as text, or "" when it is not known.
func (m *Mutual) WaveText() string {
	if m.Wave == 0 {
		return ""
	}
	return strconv.Itoa(m.Wave)
}

// Reading is one of two or more versions of a field where sources disagree.
type Reading struct {
	Field   string   `json:"field"`
	Value   string   `json:"value"`
	Sources []string `json:"sources"`
}

// Source is a citable document that records refer to by ID.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher,omitempty"`
	Author    string `json:"author,omitempty"`
	Date      string `json:"date,omitempty"`
	URL       string `json:"url,omitempty"`
	Note      string `json:"note,omitempty"`
}

// Dataset is everything loaded: the mutuals in load order and the sources
// they cite. Build one with NewDataset so that lookups are ready.
type Dataset struct {
	Name       string
	Files      int // how many files it was read from
	Programmes []Programme
	Mutuals    []Mutual
	Sources    []Source
	sourceIdx  map[string]int
	counts     map[string]int // mutuals in each programme, by id
}

// NewDataset assembles a dataset, indexes its sources by id and counts the
// mutuals of each programme. Each mutual names its own programme: none is
// given to a mutual here.
func NewDataset(name string, programmes []Programme, mutuals []Mutual, sources []Source) *Dataset {
	d := &Dataset{Name: name, Programmes: programmes, Mutuals: mutuals, Sources: sources}
	d.sourceIdx = make(map[string]int, len(sources))
	for i, s := range sources {
		d.sourceIdx[s.ID] = i
	}
	if len(programmes) > 0 {
		d.counts = make(map[string]int, len(programmes))
		for i := range mutuals {
			if id := mutuals[i].Programme; id != "" {
				d.counts[id]++
			}
		}
	}
	return d
}

// Source returns the source with the given id.
func (d *Dataset) Source(id string) (Source, bool) {
	i, ok := d.sourceIdx[id]
	if !ok {
		return Source{}, false
	}
	return d.Sources[i], true
}

// ReadingsOf returns the readings recorded for one field.
func (m *Mutual) ReadingsOf(field string) []Reading {
	var out []Reading
	for _, r := range m.Readings {
		if r.Field == field {
			out = append(out, r)
		}
	}
	return out
}

// MarshalJSON writes the record as the file format has it, with the status
// the program reads from it beside what a source states.
func (m Mutual) MarshalJSON() ([]byte, error) {
	type plain Mutual
	return json.Marshal(struct {
		plain
		Status Status `json:"status"`
	}{plain(m), m.Status()})
}
