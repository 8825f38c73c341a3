package model

import (
	"fmt"
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
}

// Event is one dated thing that happened to a mutual, with its own sources.
type Event struct {
	Date    string   `json:"date"`
	Kind    string   `json:"kind"`
	Text    string   `json:"text"`
	Sources []string `json:"sources"`
}

// EventKinds are the kinds an Event may have, in the order of a typical life.
var EventKinds = []string{"announced", "launched", "contract-won", "contract-lost", "transferred", "wound-up", "closed", "other"}

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

// Programme holds facts about the programme as a whole, such as the pool of
// mentors offered to every mutual in it. The pool is never an assignment.
type Programme struct {
	Name       string   `json:"name,omitempty"`
	Announced  string   `json:"announced,omitempty"`
	Summary    string   `json:"summary,omitempty"`
	MentorPool []string `json:"mentor_pool,omitempty"`
	// Total is how many mutuals the programme had in all, where a source
	// says; 0 when none does. The data may record fewer.
	Total   int      `json:"total,omitempty"`
	Sources []string `json:"sources,omitempty"`
}

// Dataset is everything loaded: the mutuals in load order and the sources
// they cite. Build one with NewDataset so that lookups are ready.
type Dataset struct {
	Name      string
	Files     int // how many files it was read from
	Programme Programme
	Mutuals   []Mutual
	Sources   []Source
	sourceIdx map[string]int
}

// NewDataset assembles a dataset and indexes its sources by id.
func NewDataset(name string, p Programme, mutuals []Mutual, sources []Source) *Dataset {
	d := &Dataset{Name: name, Programme: p, Mutuals: mutuals, Sources: sources}
	d.sourceIdx = make(map[string]int, len(sources))
	for i, s := range sources {
		d.sourceIdx[s.ID] = i
	}
	return d
}

// Recorded says how many mutuals the data holds and, where the programme
// gives its total, of how many: "16 of 22 mutuals".
func (d *Dataset) Recorded() string {
	if d.Programme.Total > 0 {
		return fmt.Sprintf("%d of %d mutuals", len(d.Mutuals), d.Programme.Total)
	}
	if len(d.Mutuals) == 1 {
		return "1 mutual"
	}
	return fmt.Sprintf("%d mutuals", len(d.Mutuals))
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
