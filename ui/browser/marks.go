package browser

// The marks: toggled on the list, counted in the footer, and kept by id
// when the files reload.

import (
	"slices"

	"github.com/mutuals/mutuals/model"
)

func (s *listScreen) toggle(at int) {
	if at < 0 || at >= len(s.ds.Mutuals) {
		return
	}
	if s.marks[at] {
		delete(s.marks, at)
		s.marked = slices.DeleteFunc(s.marked, func(m int) bool { return m == at })
		return
	}
	s.marks[at] = true
	s.marked = append(s.marked, at)
}

// markAndNext marks or unmarks the mutual under the cursor and moves
// down, as tab does while searching.
func (s *listScreen) markAndNext() {
	if s.current() < 0 {
		s.ask(showStatus{"nothing to mark: no mutual matches the search"})
		return
	}
	s.toggle(s.current())
	s.pane.Move(1)
	s.sync()
}

// unmarkAll clears every mark.
func (s *listScreen) unmarkAll() {
	if len(s.marked) == 0 {
		s.ask(showStatus{"nothing is marked: space marks the mutual under the cursor"})
		return
	}
	s.marks, s.marked = map[int]bool{}, nil
}

// dropMarksPast unmarks the positions from n on, which a smaller dataset
// does not have.
func (s *listScreen) dropMarksPast(n int) {
	s.marked = slices.DeleteFunc(s.marked, func(at int) bool { return at >= n })
	for at := range s.marks {
		if at >= n {
			delete(s.marks, at)
		}
	}
}

// markedMutuals are the marked mutuals, in the order marked.
func (s *listScreen) markedMutuals() []*model.Mutual {
	ms := make([]*model.Mutual, len(s.marked))
	for i, at := range s.marked {
		ms[i] = &s.ds.Mutuals[at]
	}
	return ms
}

// markedIDs are the ids of the marked mutuals, to mark them again after a
// reload.
func (s *listScreen) markedIDs() []string {
	ids := make([]string, len(s.marked))
	for i, at := range s.marked {
		ids[i] = s.ds.Mutuals[at].ID
	}
	return ids
}

// remark marks again, in the same order, the mutuals whose ids were marked.
func (s *listScreen) remark(ids []string, at map[string]int) {
	s.marks, s.marked = map[int]bool{}, nil
	for _, id := range ids {
		if i, ok := at[id]; ok && !s.marks[i] {
			s.marks[i] = true
			s.marked = append(s.marked, i)
		}
	}
}

// placeCursor puts the cursor back on the mutual with id, or, when it is
// gone (renamed or removed), on the same row.
func (s *listScreen) placeCursor(at map[string]int, id string, row int) {
	if pos, ok := at[id]; ok {
		if i := slices.Index(s.pane.shown, pos); i >= 0 {
			s.pane.MoveTo(i)
			return
		}
	}
	s.pane.MoveTo(row)
}
