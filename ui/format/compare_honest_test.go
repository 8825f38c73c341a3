package format

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
	"github.com/mutuals/mutuals/ui/render"
)

// A comparison prints each field once, never calls two unknowns the same,
// says "unknown" for every missing value, and prints the programme's
// mentor pool once.
func TestHonestComparisonRows(t *testing.T) {
	ds := uitest.Pathfinders(t)
	pair := uitest.Find(t, ds, "lambeth", "mansfield") // outcome unknown for both
	six := uitest.Find(t, ds, "swindon", "leicester", "hammersmith", "westminster", "lambeth", "mansfield")
	all := model.Compare(pair, model.CompareFields(), ds)
	text := ansi.Strip(strings.Join(render.CompareLines(all, 120, render.NewStyles(true)), "\n"))
	for _, label := range []string{"location", "legal form"} {
		if n := countLines(text, func(l string) bool { return strings.HasPrefix(strings.TrimLeft(l, " =≠?"), label+" ") }); n != 1 {
			t.Errorf("%q is on %d lines' labels, want 1:\n%s", label, n, text)
		}
	}
	if strings.Contains(text, "—") {
		t.Errorf("a missing value is shown as —, not unknown:\n%s", text)
	}
	if strings.Contains(text, "= outcome") || !strings.Contains(text, "unknown for all") {
		t.Errorf("two unknown outcomes are shown as the same:\n%s", text)
	}
	stacked := ansi.Strip(strings.Join(render.CompareLines(all, 30, render.NewStyles(true)), "\n"))
	if strings.Contains(stacked, "= outcome") || strings.Contains(stacked, "—") {
		t.Errorf("stacked: unknown shown as the same, or —:\n%s", stacked)
	}
	md := strings.Join(ComparisonMarkdown(model.Compare(six, model.DefaultCompareFields, ds)), "\n")
	if n := strings.Count(md, "Baxi Partnership"); n != 1 { // in the pool, named for none
		t.Errorf("the mentor pool is printed %d times in Markdown, want once:\n%s", n, md)
	}
	mdAll := strings.Join(ComparisonMarkdown(all), "\n")
	if n := strings.Count(mdAll, "**location**"); n != 1 {
		t.Errorf("Markdown prints location %d times:\n%s", n, mdAll)
	}
	if strings.Contains(mdAll, "| = same") && strings.Contains(mdAll, "**outcome** | unknown | unknown | = same") {
		t.Errorf("Markdown calls two unknown outcomes the same:\n%s", mdAll)
	}
}

func countLines(text string, ok func(string) bool) int {
	n := 0
	for l := range strings.SplitSeq(text, "\n") {
		if ok(l) {
			n++
		}
	}
	return n
}
