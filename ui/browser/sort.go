package browser

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
)

// sortReady is a sort order built off the UI path: every position in
// the dataset, in the order of sort.
type sortReady struct {
	sort  model.Sort
	order []int
	ds    *model.Dataset // the dataset it was built for
}

// nextSort moves to the next sort (s).
func (b *Browser) nextSort() tea.Cmd {
	next := b.sort.Next()
	if b.sorting != nil { // pressed again before the order was ready
		next = b.sorting.Next()
	}
	return b.sortBy(next)
}

// reverseSort turns the sort the other way (S), file order too.
func (b *Browser) reverseSort() tea.Cmd {
	next := b.sort.Reversed()
	if b.sorting != nil {
		next = b.sorting.Reversed()
	}
	return b.sortBy(next)
}

// sortBy shows the list in the order of next. The first use of each sort
// on a large dataset builds its order in a command; later uses are
// immediate.
func (b *Browser) sortBy(next model.Sort) tea.Cmd {
	if b.loading {
		b.status = "sorting waits until loading has finished"
		return nil
	}
	b.sorting = nil
	r := sortReady{sort: next, ds: b.ds}
	if order, ok := b.orders[next]; ok || next == (model.Sort{}) {
		b.jobs.drop(sortJob) // an order still building is overtaken
		r.order = order
		b.applySort(r)
		return nil
	}
	cmd := b.run(runJob{kind: sortJob, size: b.ix.Len(), work: func(context.Context) any { return buildOrder(r) }})
	if cmd != nil {
		b.sorting = &next
	}
	return cmd
}

func buildOrder(r sortReady) sortReady {
	r.order = make([]int, len(r.ds.Mutuals))
	for i := range r.order {
		r.order[i] = i
	}
	r.sort.Order(r.ds.Mutuals, r.order)
	return r
}

// applySort shows the list in a new order, unless it was built for data
// since replaced.
func (b *Browser) applySort(r sortReady) {
	if r.ds != b.ds {
		return
	}
	b.sorting = nil
	if r.order != nil {
		b.orders[r.sort] = r.order
	}
	b.sort = r.sort
	b.list.pane.SortedBy(b.sort.Key)
	b.list.SetShown(b.sorted(), b.query)
}

// sorted is the search's matches in the order chosen.
func (b *Browser) sorted() []int {
	if b.sort == (model.Sort{}) {
		return b.found
	}
	return model.Sorted(b.found, b.orders[b.sort])
}

// sortLabel is the header's note of the order, or of the one being built.
func (b *Browser) sortLabel() string {
	if b.sorting != nil {
		return "sorting by " + b.sorting.Label() + "…"
	}
	if b.sort == (model.Sort{}) {
		return ""
	}
	return "by " + b.sort.Label()
}
