package model

import "sort"

// endKinds are the kinds of event after which a mutual no longer runs its
// services. A contract lost is not one: notice is served, and the services
// go on until they are transferred or the mutual is wound up.
var endKinds = map[string]bool{"transferred": true, "wound-up": true, "closed": true}

// endsLifeline reports whether an event of this kind ends a lifeline: an
// end, or a mutual dropped before it went ahead.
func endsLifeline(kind string) bool { return EndsLife(kind) || kind == "dropped" }

// EndsLife reports whether an event of this kind ends a mutual's life. It
// is the one home of that rule: the record, the timeline and every printed
// format ask it (or Lifeline, which does).
func EndsLife(kind string) bool { return endKinds[kind] }

// EndKnown reports whether the record says when the mutual stopped, by the
// same reading the timeline draws.
func (m *Mutual) EndKnown() bool { return NewLifeline(m).EndKnown() }

// DatedEvent is an event whose date could be read.
type DatedEvent struct {
	Date Date
	*Event
}

// Lifeline is one mutual's life as its dated events tell it: when it was
// announced, when it began to run its services, and when it stopped, or the
// last date known when no end is recorded (its end is then unknown, which
// is not the same as still running).
type Lifeline struct {
	Mutual    *Mutual
	Events    []DatedEvent // the dated events, earliest first
	Undated   int          // events whose date could not be read
	Announced Date
	Launched  Date   // zero when no launch is recorded
	Ended     Date   // zero when no end is recorded
	EndKind   string // the kind of the event that ended it
	LastKnown Date   // the latest dated fact: an event, or the stated status's date
	Status    Status // what became of it, as of when
	// StartUnknown is set when a source says the mutual ran (a contract
	// won, a status of running) but none dates its launch; RunningBy is
	// the first date a source says it ran, zero when none dates it.
	StartUnknown bool
	RunningBy    Date
	// StartUnknownFrom is where an undated start may fall: after the last
	// fact that says planned (PlannedTo), else from the first fact. Zero
	// unless StartUnknown.
	StartUnknownFrom Date
	// PlannedTo is the last date a fact says the mutual was planned: its
	// launch, the end or drop its plans came to, or a status of planned
	// as of a date; else its announcement. Zero when it was not announced.
	// After it, until a fact says otherwise, its state is unknown. A launch
	// known only to its year runs from after a more precise planned fact
	// of that year, which is then PlannedTo.
	PlannedTo Date
	// StartDisputed and EndDisputed are the spans over which readings
	// put the launch or the end, where they dispute its date (see Span);
	// zero where none does.
	StartDisputed, EndDisputed Span
}

// EndKnown reports whether the record says when the mutual stopped.
func (l Lifeline) EndKnown() bool { return !l.Ended.IsZero() }

// Dated reports whether anything of the lifeline is dated: an event, or
// a status a source states as of a date.
func (l Lifeline) Dated() bool { return !l.LastKnown.IsZero() }

// First is the earliest date the lifeline knows.
func (l Lifeline) First() Date {
	if len(l.Events) > 0 {
		return l.Events[0].Date
	}
	return l.LastKnown
}

// NewLifeline reads a mutual's events. Events in any order are sorted;
// events of the same date keep their order in the record.
func NewLifeline(m *Mutual) Lifeline {
	l := Lifeline{Mutual: m}
	l.Events, l.Undated = datedEvents(m)
	for _, e := range l.Events {
		switch {
		case e.Kind == "announced" && l.Announced.IsZero():
			l.Announced = e.Date
		case e.Kind == "launched" && l.Launched.IsZero():
			l.Launched = e.Date
		}
	}
	for _, e := range l.Events {
		// an end before the launch (a service handed over while the
		// mutual was being set up) does not end what launched later
		if endsLifeline(e.Kind) && (l.Launched.IsZero() || !e.Date.Before(l.Launched)) {
			l.Ended, l.EndKind = e.Date, e.Kind
			break
		}
	}
	for _, e := range l.Events {
		if !e.Date.Last().Before(l.LastKnown.Last()) {
			l.LastKnown = e.Date
		}
	}
	l.Status = m.Status()
	if d, ok := ParseDate(l.Status.AsOf); ok && l.Status.Stated && l.LastKnown.Last().Before(d.Last()) {
		l.LastKnown = d
	}
	l.runningBy()
	l.plannedTo()
	if l.StartUnknown {
		l.StartUnknownFrom = l.PlannedTo
		if l.StartUnknownFrom.IsZero() {
			l.StartUnknownFrom = l.First()
		}
	}
	l.disputes()
	return l
}

// plannedTo finds the last date a fact says the mutual was planned.
func (l *Lifeline) plannedTo() {
	switch {
	case l.Announced.IsZero():
	case !l.Launched.IsZero():
		l.PlannedTo = l.Launched
		if last := l.lastPlanned(); l.Launched.Month == 0 && last.Year == l.Launched.Year && l.Launched.Before(last) {
			l.PlannedTo = last
		}
	case l.EndKnown() && !l.StartUnknown:
		l.PlannedTo = l.Ended
	default:
		l.PlannedTo = l.lastPlanned()
	}
}

// lastPlanned is the last date a fact says the mutual was planned: an
// announcement, or a stated status of planned as of a date.
func (l *Lifeline) lastPlanned() Date {
	last := l.Announced
	for _, e := range l.Events {
		if e.Kind == "announced" && last.Before(e.Date) {
			last = e.Date
		}
	}
	if s := l.Mutual.Stated; s.Value == Planned {
		if d, ok := ParseDate(s.Date); ok && last.Before(d) {
			last = d
		}
	}
	return last
}

// runningBy sees whether the mutual ran though no launch is dated: a
// contract won, or a status of running, says it did by then; an end, when
// a source states the status, says it ran at some time before.
func (l *Lifeline) runningBy() {
	if !l.Launched.IsZero() || l.Status.Value == Dropped {
		return
	}
	for _, e := range l.Events {
		if statusOfKind(e.Kind) == Running {
			l.StartUnknown, l.RunningBy = true, e.Date
			break
		}
	}
	// a stated status of running cites its own source: where it is dated
	// earlier than the events' evidence, it gives the first date
	if s := l.Mutual.Stated; l.StartUnknown && s.Value == Running {
		if d, ok := ParseDate(s.Date); ok && d.Before(l.RunningBy) {
			l.RunningBy = d
		}
		return
	}
	if !l.StartUnknown && l.Status.Stated && (l.Status.Value == Running || l.Status.Value == Ended) {
		l.StartUnknown = true
		if l.Status.Value == Running { // an end says it ran before, not by when
			l.RunningBy, _ = ParseDate(l.Status.AsOf)
		}
	}
}

// datedEvents are m's events whose dates read, earliest first (those of
// one date in the record's order), and how many did not read. A date sorts
// where its period begins, the less precise first, but an end sorts where
// its period ends: it cannot come before what its period holds unless the
// dates say so ("2020" other, "2020-06-16" wound-up; "2021-03" other,
// "2021" transferred).
func datedEvents(m *Mutual) ([]DatedEvent, int) {
	events, undated := make([]DatedEvent, 0, len(m.Events)), 0
	for i := range m.Events {
		d, ok := ParseDate(m.Events[i].Date)
		if !ok {
			undated++
			continue
		}
		events = append(events, DatedEvent{d, &m.Events[i]})
	}
	at := func(e DatedEvent) Date {
		if endsLifeline(e.Kind) {
			return e.Date.Last()
		}
		return e.Date
	}
	earlier := func(i, j int) bool { return at(events[i]).Before(at(events[j])) }
	if !sort.SliceIsSorted(events, earlier) {
		sort.SliceStable(events, earlier)
	}
	return events, undated
}

// Timeline is the lifelines of a set of mutuals over the years their dated
// events span.
type Timeline struct {
	Lines     []Lifeline
	FirstYear int // 0 when no mutual has a dated event
	LastYear  int
}

// NewTimeline builds the lifelines of ms, in the order given.
func NewTimeline(ms []*Mutual) Timeline {
	t := Timeline{Lines: make([]Lifeline, len(ms))}
	for i, m := range ms {
		l := NewLifeline(m)
		t.Lines[i] = l
		if l.LastKnown.IsZero() {
			continue
		}
		first, last := l.First().Year, l.LastKnown.Year
		if t.FirstYear == 0 || first < t.FirstYear {
			t.FirstYear = first
		}
		t.LastYear = max(t.LastYear, last)
	}
	return t
}

// Years is how many years the timeline spans.
func (t Timeline) Years() int {
	if t.FirstYear == 0 {
		return 0
	}
	return t.LastYear - t.FirstYear + 1
}
