package browser

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"
	"github.com/mutuals/mutuals/model"
)

// reloadDone is a reload finished off the UI path: the new dataset with
// its index, the search and the sort order already run on it, or why the
// files do not load.
type reloadDone struct {
	ds    *model.Dataset
	ix    *model.Index
	text  string // the search bar when the reload began
	query model.Query
	shown []int
	sort  model.Sort
	order []int
	at    map[string]int // position of each id in ds
	err   error
}

// startReload loads the files again: a job like a search, always off the
// UI path. Everything that scales with the data (loading, indexing,
// searching, sorting) happens there.
//
// Reloads run one at a time (see oneAtATime): a change while one runs
// cancels it, and the reload it asks for starts when the cancelled one has
// returned. A change during the first load waits for its end.
func (b *Browser) startReload() tea.Cmd {
	r := &b.reg
	if r.Register == nil {
		return nil
	}
	if b.loading {
		r.pending = true // reloaded when the first load returns
		return nil
	}
	reload := r.Reload
	return b.replaceData(func(ctx context.Context) (*model.Index, error) {
		ds, err := reload(ctx)
		if err != nil {
			return nil, err
		}
		return model.NewIndex(ds), ctx.Err()
	})
}

// replaceData shows the data load returns in place of the data shown:
// the files read again, or data shared with other browsers swapped for
// newer (Session.Swap). It runs as a reload job, one at a time; when it
// has to wait for the one running, the newest load asked for runs next.
func (b *Browser) replaceData(load func(context.Context) (*model.Index, error)) tea.Cmd {
	b.nextLoad = load
	done := reloadDone{text: b.search.Value(), query: b.query, sort: b.sort}
	return b.run(runJob{kind: reloadJob, size: b.ix.Len(), work: func(ctx context.Context) any {
		return runReload(ctx, load, done)
	}})
}

// runReload loads (and indexes), searches and sorts, stopping between the
// steps once ctx is done (the loader stops within it).
func runReload(ctx context.Context, load func(context.Context) (*model.Index, error), r reloadDone) reloadDone {
	r.ix, r.err = load(ctx)
	if r.err == nil {
		r.err = ctx.Err()
	}
	if r.err != nil {
		return r
	}
	r.ds = r.ix.Dataset
	r.at = make(map[string]int, len(r.ds.Mutuals))
	for i, m := range r.ds.Mutuals {
		r.at[m.ID] = i
	}
	if r.err = ctx.Err(); r.err != nil {
		return r
	}
	r.shown = r.ix.Search(r.query)
	if r.sort != (model.Sort{}) && ctx.Err() == nil {
		r.order = buildOrder(sortReady{sort: r.sort, ds: r.ds}).order
	}
	r.err = ctx.Err()
	return r
}

// applyReload shows the new data, keeping the search, the marks (by id),
// the cursor (by id) and the screen; or, when the files have problems,
// keeps the last good data and lists the problems.
func (b *Browser) applyReload(r reloadDone) tea.Cmd {
	if errors.Is(r.err, context.Canceled) { // the browser is closing
		return nil
	}
	if r.err != nil {
		b.problems.set(r.err)
		b.notice = ""
		b.layout()
		return nil
	}
	before := len(b.ds.Mutuals)
	cursorID, row := "", b.list.row()
	if i := b.list.current(); i >= 0 {
		cursorID = b.ds.Mutuals[i].ID
	}
	marked := b.list.markedIDs()
	cmds := []tea.Cmd{b.setData(snapshotOf(r.ix, b.editable))}
	b.orders = map[model.Sort][]int{}
	if r.order != nil {
		b.orders[r.sort] = r.order
	}
	b.sorting = nil
	b.jobs.drop(sortJob, searchJob) // what still runs is for the old data
	b.query, b.found = r.query, r.shown
	b.list.remark(marked, r.at)
	b.list.SetShown(b.sorted(), b.query)
	b.list.placeCursor(r.at, cursorID, row)
	b.problems.set(nil)
	b.notice = reloadNotice(before, len(b.ds.Mutuals))
	b.layout()
	if b.search.Value() != r.text { // typed while it reloaded
		cmds = append(cmds, b.runSearch())
	}
	return tea.Batch(append(cmds, b.refreshScreen())...)
}

// reloadIfPending reloads when the files changed during a load.
func (b *Browser) reloadIfPending() tea.Cmd {
	if !b.reg.pending {
		return nil
	}
	b.reg.pending = false
	return b.startReload()
}

// openOnProblems keeps the browser open over no data when the first load
// fails with problems in files it can edit: the problems pane lists them,
// e opens the first, and saving a fix loads the files.
func (b *Browser) openOnProblems(err error) bool {
	if b.reg.Register == nil || !hasLine(err) {
		return false
	}
	empty := model.NewDataset(b.ds.Name, nil, nil, nil)
	b.setData(snapshotOf(model.NewIndex(empty), b.editable))
	b.found = nil
	b.list.SetShown(nil, b.query)
	b.problems.set(err)
	b.layout()
	return true
}

// reloadNotice says what a reload brought.
func reloadNotice(before, after int) string {
	s := fmt.Sprintf("reloaded: %d %s", after, model.Plural(after, "mutual", "mutuals"))
	switch {
	case after > before:
		s += fmt.Sprintf(" (%d new)", after-before)
	case after < before:
		s += fmt.Sprintf(" (%d fewer)", before-after)
	}
	return s
}

// refreshScreen tells the open screen what the new data shows.
func (b *Browser) refreshScreen() tea.Cmd {
	if b.onList() {
		return nil
	}
	top := b.top()
	return tea.Batch(top.Update(marksChanged{b.list.markedMutuals()}), top.Update(listChanged{b.list.shown(), b.query.Raw}))
}

// hasLine reports whether err holds a problem at a line of a file, which
// e can open.
func hasLine(err error) bool {
	var le *data.LoadError
	return errors.As(err, &le) && slices.ContainsFunc(le.Problems, func(p data.Problem) bool { return p.Line > 0 })
}

// problemTexts is the problems pane's text: each problem as validate
// prints it (file:line:col, the line, the caret, the hint), with where it
// is for e.
func problemTexts(err error) []problemText {
	var le *data.LoadError
	if !errors.As(err, &le) {
		return []problemText{{lines: []string{"mutuals: " + model.Printable(err.Error())}}}
	}
	var out []problemText
	for i, p := range le.Problems {
		if i == 20 {
			out = append(out, problemText{lines: []string{fmt.Sprintf("… and %d more", len(le.Problems)-i)}})
			break
		}
		t := problemText{lines: strings.Split(strings.TrimSuffix(p.String(), "\n"), "\n")}
		if p.Line > 0 {
			t.fix = editorReady{file: p.File, line: p.Line}
		}
		out = append(out, t)
	}
	return out
}
