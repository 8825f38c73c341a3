package render

import (
	"strings"

	"github.com/mutuals/mutuals/model"
)

// CompareParts is a comparison laid out once for stdout and the screen
// alike: the names over the columns (Head), and under them the facts, the
// rows and the legend (Body). Labels holds, for each line of Body, the
// label of the row it belongs to, empty on a row's first line (which shows
// its own), so that a screen that keeps the names in view can also keep a
// row's label beside it when its first line has scrolled away. When the
// columns do not fit, the mutuals are stacked instead, Head is empty and
// Stacked is set.
type CompareParts struct {
	Head, Body, Labels []string
	LabelWidth         int // cells of the label column
	Stacked            bool
}

// CompareView is how the parts are drawn.
type CompareView struct {
	Label     string // beside the names, "name" unless set
	NameLines int    // the most lines a name takes; 0 for all
	Rule      bool   // a rule under the names
	// NoDifferences is said under the facts when no row is left (only the
	// rows that differ are shown, and none does); empty says nothing.
	NoDifferences string
	// Budget is a screen's (NewBudget): the rows stop where it is spent,
	// and a line says what was left out. Nil, every row is laid out.
	Budget *Budget
}

// NewCompareParts lays out the mutuals at positions cols of c in width.
func NewCompareParts(c model.Comparison, width int, cols []int, st Styles, v CompareView) CompareParts {
	b := v.Budget
	l := newCompareLayout(c, st, width, cols, b)
	if l.ColW < MinColumn || l.cutsWords() {
		body := stackedCompare(c, width, st, b)
		return CompareParts{Body: body, Labels: make([]string, len(body)), Stacked: true}
	}
	if v.Label == "" {
		v.Label = "name"
	}
	p := CompareParts{Head: l.Names(v.Label, v.NameLines), LabelWidth: l.LabelWidth()}
	if v.Rule {
		p.Head = append(p.Head, l.Rule())
	}
	add := func(lines []string, label string) {
		p.Body = append(p.Body, b.Charge(lines)...)
		for i := range lines {
			if i == 0 { // its own label is on it
				p.Labels = append(p.Labels, "")
				continue
			}
			p.Labels = append(p.Labels, label)
		}
	}
	for i := 1; i < len(c.Header); i++ {
		add(l.Fact(i), l.FactLabel(i))
	}
	if len(c.Body()) == 0 && v.NoDifferences != "" {
		add([]string{"", st.Dim.Render(v.NoDifferences)}, "")
	}
	for _, r := range c.Body() {
		if b.Spent() {
			b.Skip(rowSize(r))
			continue
		}
		add([]string{""}, "")
		add(l.Row(r), l.Label(r))
	}
	add(b.More(width, st), "")
	add(append([]string{""}, CompareLegend(c, width, st)...), "")
	return p
}

// cutsWords reports whether a column is too narrow for a word of its
// values, beside an item's mark: "qualification" cut into "qualificatio"
// and "n" reads as two words, so the mutuals are stacked instead. Ids and
// addresses (words with - or /) are made to break, and do not count.
// A screen looks no further than ScreenMax bytes of values, each no
// further than it would show.
func (l compareLayout) cutsWords() bool {
	seen := 0
	for _, r := range append(l.c.Header[1:len(l.c.Header):len(l.c.Header)], l.c.Body()...) {
		for _, col := range l.cols {
			if col >= len(r.Values) {
				continue
			}
			for _, v := range r.Values[col] {
				if seen += len(v); l.b != nil && seen > ScreenMax {
					return false
				}
				for w := range strings.FieldsSeq(l.b.start(v)) {
					w = strings.Trim(w, ".,;:()'\"")
					if !strings.ContainsAny(w, "-/") && Width(w) > l.ColW-2 {
						return true
					}
				}
			}
		}
	}
	return false
}

// rowSize is the bytes of text in a row, for Budget.Skip.
func rowSize(r model.Row) int {
	n := 0
	for _, vs := range r.Values {
		n += Sizes(vs...)
	}
	return n
}

// Lines are the parts one after the other, as printed.
func (p CompareParts) Lines() []string { return append(append([]string{}, p.Head...), p.Body...) }

// CompareColumns is how many of c's mutuals fit side by side in width at
// columns of about want cells: at least one, at most all.
func CompareColumns(c model.Comparison, width, want int) int {
	return min(max((width-CompareLabelWidth(c)-2)/(want+SepWidth), 1), len(c.Mutuals))
}
