package browser

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// headCells is the names the line under the comparison's title shows, a
// cell a column.
func headCells(b *Browser) []string {
	lines := strings.Split(frame(b), "\n")
	cells := strings.Split(lines[2], "│")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// TestCompareKeepsNamesInView: however far the rows and the columns are
// scrolled, at every size from the smallest the browser draws, the line
// under the title names every column on screen.
func TestCompareKeepsNamesInView(t *testing.T) {
	t.Parallel() // it computes, and holds nothing another test reads
	walks := [][]string{nil, {"a", "G"}, {"a", "pgdown"}, {"a", "G", "right"}, {"right", "right", "right", "G"}, {"a", "G", "right", "left"}}
	for _, size := range [][2]int{{40, 10}, {44, 12}, {50, 15}, {60, 20}, {70, 20}, {90, 30}, {120, 40}} {
		for _, walk := range walks {
			t.Run(fmt.Sprintf("%dx%d %v", size[0], size[1], walk), func(t *testing.T) {
				b := newTestBrowser(t, size[0], size[1])
				press(b, "space", "j", "space", "j", "j", "space", "c")
				press(b, walk...)
				s := openCompare(b)
				cells := headCells(b)
				if !strings.HasPrefix(cells[0], "name") || len(cells)-1 != s.columns {
					t.Fatalf("the names line has %d cells for %d columns: %q\n%s", len(cells)-1, s.columns, cells, frame(b))
				}
				for i, cell := range cells[1:] {
					name := s.ms[s.first+i].Name
					if cell == "" || !strings.HasPrefix(name, strings.TrimSuffix(cell, "…")) {
						t.Fatalf("column %d is headed %q, not %q:\n%s", i, cell, name, frame(b))
					}
				}
			})
		}
	}
}

// TestCompareArrowsSayWhatIsOffScreen: the names line points to columns
// off the screen, the title says which are shown and the footer offers ←/→
// only when there are others.
func TestCompareArrowsSayWhatIsOffScreen(t *testing.T) {
	b := newTestBrowser(t, 60, 20)
	press(b, "space", "j", "space", "c", "a")
	title := strings.Split(frame(b), "\n")[1]
	if !strings.Contains(title, "column 1 of 2, → for the other") {
		t.Fatalf("the title does not say which mutual is shown and how to see the other: %q", title)
	}
	if cells := headCells(b); cells[0] != "name →" {
		t.Fatalf("the names line does not point right: %q", cells)
	}
	// At 60 columns the footer keeps ←/→ first (its priority); a, less
	// used, gives way.
	if !strings.Contains(footer(b), "←/→ columns") {
		t.Fatalf("the footer does not offer ←/→: %q", footer(b))
	}
	press(b, "right")
	title = strings.Split(frame(b), "\n")[1]
	if !strings.Contains(title, "column 2 of 2, ← for the other") || headCells(b)[0] != "name ←" {
		t.Fatalf("after →: %q %q", title, headCells(b))
	}
	press(b, "a") // the default fields fit both mutuals
	if strings.Contains(footer(b), "←/→") || strings.Contains(frame(b), "of 2,") {
		t.Fatalf("←/→ offered with every column on screen:\n%s", frame(b))
	}
}

// TestCompareSaysItsFields: the title and footer follow a and d, and the
// screen opened by compare --fields shows those fields, named.
func TestCompareSaysItsFields(t *testing.T) {
	b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Fields: []string{"outcome", "became"}})
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(b, "/")
	typeText(b, "service:health")
	press(b, "enter", "space", "j", "space", "c")
	f := frame(b)
	for _, want := range []string{"Comparing 2 mutuals · fields: outcome, became", "≠ outcome", "≠ became", "a all fields", "d differences only", "j/k rows"} {
		if !strings.Contains(f, want) {
			t.Errorf("no %q:\n%s", want, f)
		}
	}
	if strings.Contains(f, "default fields") || strings.Contains(f, "service area") {
		t.Errorf("compare --fields shows the default fields:\n%s", f)
	}
	press(b, "a")
	if f := frame(b); !strings.Contains(f, "· all fields") || !strings.Contains(footer(b), "a chosen fields") || !strings.Contains(f, "≠ became") {
		t.Errorf("after a:\n%s", f)
	}
	press(b, "a", "d")
	if f := frame(b); !strings.Contains(f, "fields: outcome, became, differences only") || !strings.Contains(footer(b), "d all rows") {
		t.Errorf("after d:\n%s", f)
	}

	b = newTestBrowser(t, 120, 40)
	press(b, "space", "j", "space", "c")
	if f := frame(b); !strings.Contains(f, "· default fields") || !strings.Contains(footer(b), "a all fields") {
		t.Errorf("the defaults:\n%s", f)
	}
	press(b, "a")
	if !strings.Contains(footer(b), "a default fields") {
		t.Errorf("after a, the footer does not offer the defaults back: %q", footer(b))
	}
}

// TestCompareFieldsReachTheScreen: every field compare --fields takes is a
// row of the screen it opens.
func TestCompareFieldsReachTheScreen(t *testing.T) {
	for _, field := range model.CompareFields() {
		b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Fields: []string{field}})
		b.Update(tea.WindowSizeMsg{Width: 120, Height: 200})
		press(b, "space", "j", "space", "c")
		c := openCompare(b).Comparison()
		if len(c.Rows) != 1 || c.Rows[0].Field != field {
			t.Errorf("--fields %s: the screen compares %v", field, c.Rows)
		}
	}
}

// TestCompareRowLabelStays: scrolled line by line, the top line under the
// names always says which field its values are.
func TestCompareRowLabelStays(t *testing.T) {
	for _, size := range [][2]int{{40, 10}, {50, 15}, {70, 20}} {
		b := newTestBrowser(t, size[0], size[1])
		press(b, "space", "j", "space", "j", "space", "c", "a")
		s := openCompare(b)
		for step := range s.body.count { // every line the rows take
			top := strings.Split(frame(b), "\n")[2+len(s.head)]
			if label, _, ok := strings.Cut(top, "│"); ok && strings.TrimSpace(label) == "" {
				t.Fatalf("%dx%d, %d lines down: values without their field:\n%s", size[0], size[1], step, frame(b))
			}
			press(b, "j")
		}
	}
}

// TestCompareAllFieldsFirst: opened on every field (compare --all), the
// screen says so, and a offers the defaults and gives them.
func TestCompareAllFieldsFirst(t *testing.T) {
	b := NewBrowser(uitest.Pathfinders(t), BrowserOptions{IsDark: true, Fields: model.CompareFields()})
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(b, "space", "j", "space", "c")
	if f := frame(b); !strings.Contains(f, "Comparing 2 mutuals · all fields") || !strings.Contains(footer(b), "a default fields") {
		t.Fatalf("opened on every field:\n%s", f)
	}
	press(b, "a")
	if f := frame(b); !strings.Contains(f, "· default fields") || !strings.Contains(footer(b), "a all fields") || strings.Contains(f, "what happened next") {
		t.Fatalf("after a:\n%s", f)
	}
}
