package browser

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"

	"github.com/mutuals/mutuals/ui/format"
)

// copyEntry puts the mutual under the cursor (or the one in the detail)
// on the clipboard as Markdown: the same text mutuals show -f markdown
// prints.
func (b *Browser) copyEntry() tea.Cmd {
	i := b.list.current()
	if b.screen == detailScreen {
		i = b.shownID
	}
	if i < 0 || i >= len(b.ds.Mutuals) {
		b.status = "nothing to copy: no mutual is shown"
		return nil
	}
	m := &b.ds.Mutuals[i]
	return b.copyText(format.RecordMarkdown(b.ds, m), model.Printable(m.Name))
}

// copyComparison puts the open comparison on the clipboard as Markdown,
// with the rows the screen shows.
func (b *Browser) copyComparison() tea.Cmd {
	c := b.cmp.Comparison()
	return b.copyText(format.ComparisonMarkdown(c), fmt.Sprintf("the comparison of %d mutuals", len(c.Mutuals)))
}

// copyText sends text to the terminal's clipboard with OSC 52, which also
// works over SSH, and says so in the footer. Whether the text arrives is
// up to the terminal: some ask first, and some ignore OSC 52.
func (b *Browser) copyText(lines []string, what string) tea.Cmd {
	if b.loading {
		b.status = notYet("y copies")
		return nil
	}
	text := strings.Join(lines, "\n") + "\n"
	b.notice = fmt.Sprintf("copied %s as Markdown (%s)", what, size(len(text)))
	return tea.SetClipboard(text)
}

func size(n int) string {
	if n < 1000 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f kB", float64(n)/1000)
}

// copyFacets puts the counts on screen on the clipboard as the Markdown
// table mutuals stats -f markdown prints.
func (b *Browser) copyFacets() tea.Cmd {
	if b.facets.counting {
		b.status = "nothing to copy yet: still counting"
		return nil
	}
	f := b.facets.Field()
	s := format.Stats{Field: f, Query: b.query.Raw, Mutuals: b.facets.mutuals, Counts: b.facets.counts}
	return b.copyText(format.StatsMarkdown(s), "the counts by "+f.Label)
}

// copyTimeline puts the timeline on screen on the clipboard as the
// Markdown table mutuals timeline -f markdown prints.
func (b *Browser) copyTimeline() tea.Cmd {
	if b.tl.rows == nil {
		b.status = "nothing to copy yet: the timeline is still being drawn"
		return nil
	}
	return b.copyText(format.TimelineMarkdown(b.tl.rows.Tl), fmt.Sprintf("the timeline of %d mutuals", b.tl.count))
}

// notYet says why an action that puts data outside the program waits: the
// data has not been checked until the load ends, and a dataset that fails
// its checks shows nothing.
func notYet(action string) string {
	return action + " once loading has finished and the data is checked"
}
