package browser

import tea "charm.land/bubbletea/v2"

// offPathAt is the size of work (records to search, sort, count or draw)
// from which it runs in a command, off the UI path, so that keys never
// wait; smaller work runs at once and shows in the same frame.
const offPathAt = 5000

// jobKind names a kind of slow work. A newer job of a kind makes every
// older one of that kind stale.
type jobKind int

const (
	searchJob   jobKind = iota // filtering the list by the search bar
	sortJob                    // building the order of a sort
	facetJob                   // counting a field's values
	timelineJob                // building the timeline's rows
	reloadJob                  // reading the files again after they changed
	jobKinds
)

// jobs is the one way work runs off the UI path: each job gets a ticket,
// its result comes back as a jobDone carrying the ticket, and a result
// whose ticket is no longer the newest of its kind is dropped.
type jobs struct{ newest [jobKinds]int }

// jobDone is the result of a job.
type jobDone struct {
	kind   jobKind
	ticket int
	value  any
}

// start begins a job of a kind, superseding the ones before it. Work of
// fewer than offPathAt records runs now and its result is returned to be
// applied at once; larger work runs in the returned command.
func (j *jobs) start(kind jobKind, size int, work func() any) (now *jobDone, later tea.Cmd) {
	j.newest[kind]++
	ticket := j.newest[kind]
	if size < offPathAt {
		return &jobDone{kind, ticket, work()}, nil
	}
	return nil, func() tea.Msg { return jobDone{kind, ticket, work()} }
}

// also begins another job of the newest round of a kind, without making
// the others of that round stale (the facet screen counts one field at a
// time, and each count stays good until the list changes).
func (j *jobs) also(kind jobKind, size int, work func() any) (now *jobDone, later tea.Cmd) {
	ticket := j.newest[kind]
	if size < offPathAt {
		return &jobDone{kind, ticket, work()}, nil
	}
	return nil, func() tea.Msg { return jobDone{kind, ticket, work()} }
}

// fresh reports whether a result is from the newest job of its kind.
func (j *jobs) fresh(d jobDone) bool { return d.ticket == j.newest[d.kind] }

// drop makes every job of these kinds still running stale, as when the
// data they work on has been replaced.
func (j *jobs) drop(kinds ...jobKind) {
	for _, k := range kinds {
		j.newest[k]++
	}
}
