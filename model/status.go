package model

import (
	"fmt"
	"slices"
	"strings"
)

// The statuses a mutual can have, a small vocabulary that a person can
// read and a program can count.
const (
	Planned = "planned" // announced, not yet running
	Running = "running"
	Ended   = "ended"   // wound up, closed, taken over, services transferred away
	Dropped = "dropped" // never went ahead
)

// Statuses is the vocabulary in the order of a life, unknown last.
var Statuses = []string{Planned, Running, Ended, Dropped, Unknown}

// StatedStatus is a status a source gives without a dated event: "still
// running in 2024". Value is "" when none is stated.
type StatedStatus struct {
	Value   string   `json:"value,omitempty"`
	Date    string   `json:"date,omitempty"`
	Sources []string `json:"sources,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// IsZero says no status is stated.
func (s StatedStatus) IsZero() bool {
	return s.Value == "" && s.Date == "" && len(s.Sources) == 0 && s.Note == ""
}

// Status is what became of a mutual, as of a date: from its events, or
// as a source states it.
type Status struct {
	Value   string   `json:"value"`
	AsOf    string   `json:"as_of,omitempty"` // the date of the fact that set it; "" when none gives one
	How     string   `json:"how,omitempty"`   // for an end: the kind of event (wound-up, closed, transferred)
	Sources []string `json:"sources,omitempty"`
	Stated  bool     `json:"stated,omitempty"` // stated by a source rather than read from the events
	Note    string   `json:"note,omitempty"`
}

// String is the status as people read it, wherever it is shown: "ended
// (wound up) as of 2015". It is the one place a status is worded; data
// formats keep How as the file spells the kind.
func (s Status) String() string {
	out := s.Value
	if s.How != "" {
		out += " (" + KindWords(s.How) + ")"
	}
	if s.AsOf != "" {
		out += " as of " + s.AsOf
	}
	return out
}

// statusOfKind is the status an event of a kind sets; "" for a kind that
// says nothing of it (a contract lost, other).
func statusOfKind(kind string) string {
	switch kind {
	case "announced":
		return Planned
	case "launched", "contract-won":
		return Running
	case "dropped":
		return Dropped
	}
	if EndsLife(kind) {
		return Ended
	}
	return ""
}

// stage orders statuses along a life: a later stage never goes back to
// an earlier one without a new event saying so.
func stage(status string) int {
	switch status {
	case Planned:
		return 1
	case Running:
		return 2
	case Ended, Dropped:
		return 3
	}
	return 0
}

// FromEvents is the status m's dated events give: the last event that
// says one, as of its date; unknown when none does.
func (m *Mutual) FromEvents() Status {
	st := Status{Value: Unknown}
	events, _ := datedEvents(m)
	for _, e := range events {
		if v := statusOfKind(e.Kind); v != "" {
			st = Status{Value: v, AsOf: e.Event.Date, Sources: e.Sources}
			if v == Ended {
				st.How = e.Kind
			}
		}
	}
	return st
}

// Status is what became of m: the events' status, or the stated one where
// it is later (a stated status with no date is later only where it is a
// later stage of a life: "running" beside an announcement).
func (m *Mutual) Status() Status {
	ev := m.FromEvents()
	s := m.Stated
	if s.Value == "" {
		return ev
	}
	stated := Status{Value: s.Value, AsOf: s.Date, Sources: s.Sources, Stated: true, Note: s.Note}
	if ev.Value == Unknown || statedLater(s, ev) {
		if stated.Value == Ended {
			stated.How = m.endedBy(s.Date)
		}
		return stated
	}
	return ev
}

// endedBy is how a stated end ended: the kind of the latest end event on
// or before its date (any, when it has none), "" when no event says.
func (m *Mutual) endedBy(date string) string {
	by, dated := ParseDate(date)
	events, _ := datedEvents(m)
	how := ""
	for _, e := range events {
		if EndsLife(e.Kind) && (!dated || !by.Before(e.Date)) {
			how = e.Kind
		}
	}
	return how
}

// KindWords is an event kind as a reader says it: "wound-up" is "wound
// up". Data formats (CSV, JSON) keep the kind as the file spells it.
func KindWords(kind string) string { return strings.ReplaceAll(kind, "-", " ") }

func statedLater(s StatedStatus, ev Status) bool {
	sd, ok := ParseDate(s.Date)
	if !ok {
		// undated, it is later only as a later stage: where it agrees,
		// the events say as much and date it
		return stage(s.Value) > stage(ev.Value)
	}
	ed, _ := ParseDate(ev.AsOf)
	if s.Value == Unknown {
		// unknown says less than the events: it wins only where it is
		// later than all they say
		return ed.Last().Before(sd)
	}
	return !sd.Before(ed)
}

// StatusContradiction says how m's stated status contradicts its events,
// or "" when it does not: a stated date with a later event that goes back
// to an earlier stage (ended in 2015, launched in 2016 and not ended
// since), or a status later than an end with an earlier stage (running in
// 2020 after being wound up in 2015).
func (m *Mutual) StatusContradiction() string {
	s := m.Stated
	if s.Value == "" || s.Value == Unknown || s.Date == "" {
		return ""
	}
	sd, ok := ParseDate(s.Date)
	if !ok {
		return ""
	}
	ev := m.FromEvents()
	ed, dated := ParseDate(ev.AsOf)
	if ev.Value == Unknown || !dated || ev.Value == s.Value {
		return ""
	}
	if sd.Before(ed) && stage(ev.Value) < stage(s.Value) {
		return fmt.Sprintf("status %q as of %s, but a later event (%s) makes it %s", s.Value, s.Date, ev.AsOf, ev.Value)
	}
	if !sd.Before(ed) && stage(s.Value) < stage(ev.Value) {
		return fmt.Sprintf("status %q as of %s, but the events say it %s in %s", s.Value, s.Date, pastTense(ev), ev.AsOf)
	}
	return ""
}

func pastTense(st Status) string {
	if st.Value == Dropped {
		return "was dropped"
	}
	return "ended"
}

// KnownStatus says whether s is in the vocabulary.
func KnownStatus(s string) bool { return slices.Contains(Statuses, s) }

// statusValues is the status field's value, for queries, facets and rows.
func statusValues(m *Mutual) []string {
	// unknown is a status like the others: status:unknown finds the
	// mutuals no source gives one, and the facets count them
	return []string{m.Status().Value}
}
