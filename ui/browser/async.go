package browser

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// offPathAt is the size of work (records to search, sort, count or draw)
// from which it runs in a command, off the UI path, so that keys never
// wait; smaller work runs at once and shows in the same frame.
const offPathAt = 5000

// jobKind names a kind of slow work. A newer job of a kind makes every
// older one of that kind stale, and cancels it.
type jobKind int

const (
	searchJob   jobKind = iota // filtering the list by the search bar
	sortJob                    // building the order of a sort
	facetJob                   // counting a field's values
	timelineJob                // building the timeline's rows
	reloadJob                  // reading the files again after they changed
	jobKinds
)

// oneAtATime reports whether jobs of a kind never overlap: a newer one
// cancels the one running and waits for it to return. A reload holds a
// whole dataset, so saving a slow file again and again holds at most two
// (the one shown and the one loading).
func oneAtATime(k jobKind) bool { return k == reloadJob }

// runJob is slow work of a kind over size records. The root runs it
// (screens ask for it); what work returns comes back as the job's result,
// to the root or to the screen on top. work should stop soon after ctx is
// done: a newer job of its kind, or the browser closing, cancels it.
type runJob struct {
	kind jobKind
	size int
	also bool // one more job of the newest round of its kind, not a new round
	work func(ctx context.Context) any
}

// jobs is the one way work runs off the UI path: each round of a kind
// gets a ticket and a context; its results come back as a jobDone carrying
// the ticket, and a result whose ticket is no longer the newest of its
// kind is dropped.
type jobs struct {
	ctx     context.Context // ends with the browser
	stop    context.CancelFunc
	newest  [jobKinds]int
	round   [jobKinds]context.Context
	cancel  [jobKinds]context.CancelFunc
	running [jobKinds]bool // a one-at-a-time job has not returned
	waiting [jobKinds]bool // another is to start when it has
}

func newJobs() jobs {
	ctx, stop := context.WithCancel(context.Background())
	return jobs{ctx: ctx, stop: stop}
}

// jobDone is the result of a job.
type jobDone struct {
	kind   jobKind
	ticket int
	value  any
}

// start begins a job, superseding (and cancelling) the ones of its kind
// before it unless it is one more of the same round (also). Work of fewer
// than offPathAt records runs now and its result is returned to be applied
// at once; larger work, and every one-at-a-time job, runs in the returned
// command. A one-at-a-time job started while another runs does not start:
// it waits (returned says when to start it again).
func (j *jobs) start(r runJob) (now *jobDone, later tea.Cmd) {
	if !r.also || j.round[r.kind] == nil {
		j.drop(r.kind)
	}
	if oneAtATime(r.kind) && j.running[r.kind] {
		j.waiting[r.kind] = true
		return nil, nil
	}
	ticket, ctx := j.newest[r.kind], j.round[r.kind]
	if r.size < offPathAt && !oneAtATime(r.kind) {
		return &jobDone{r.kind, ticket, r.work(ctx)}, nil
	}
	j.running[r.kind] = oneAtATime(r.kind)
	return nil, func() tea.Msg { return jobDone{r.kind, ticket, r.work(ctx)} }
}

// returned notes that a job's command has returned, and reports whether
// a one-at-a-time job of its kind waits to be started now.
func (j *jobs) returned(d jobDone) (startWaiting bool) {
	if !oneAtATime(d.kind) {
		return false
	}
	j.running[d.kind] = false
	startWaiting, j.waiting[d.kind] = j.waiting[d.kind], false
	return startWaiting
}

// fresh reports whether a result is from the newest round of its kind.
func (j *jobs) fresh(d jobDone) bool { return d.ticket == j.newest[d.kind] }

// drop makes every job of these kinds still running stale, and cancels
// it, as when the data they work on has been replaced.
func (j *jobs) drop(kinds ...jobKind) {
	if j.ctx == nil {
		*j = newJobs()
	}
	for _, k := range kinds {
		j.newest[k]++
		if j.cancel[k] != nil {
			j.cancel[k]()
		}
		j.round[k], j.cancel[k] = context.WithCancel(j.ctx)
	}
}

// close cancels every job.
func (j *jobs) close() {
	if j.stop != nil {
		j.stop()
	}
}

// run does slow work through the jobs: small work at once, its result
// applied before run returns; large work in the returned command.
func (b *Browser) run(j runJob) tea.Cmd {
	now, later := b.jobs.start(j)
	if now != nil {
		return b.deliver(*now)
	}
	return later
}

// deliver applies a job's result, unless a newer job of its kind began:
// the root's own, or the open screen's. A job that runs one at a time
// starts the one waiting for it.
func (b *Browser) deliver(d jobDone) tea.Cmd {
	var next tea.Cmd
	if b.jobs.returned(d) {
		next = b.replaceData(b.nextLoad) // newer data was asked for while it ran
	}
	if !b.jobs.fresh(d) {
		return next
	}
	return tea.Batch(next, b.apply(d))
}

// apply shows a fresh job's result.
func (b *Browser) apply(d jobDone) tea.Cmd {
	switch v := d.value.(type) {
	case searchResult:
		return b.applySearch(v)
	case sortReady:
		b.applySort(v)
	case reloadDone:
		return b.applyReload(v)
	default:
		return b.top().Update(v)
	}
	return nil
}
