package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// BenchmarkWrap wraps a long summary with a URL in it, as show does, beside
// the baseline of ansi.Wrap (which the first wave used, and which split
// words at hyphens).
func BenchmarkWrap(b *testing.B) {
	text := strings.Repeat("The PCT's provider arm launched as Anglian Community Enterprise CIC, with roughly 1,082 staff and £35m of contracts; see https://www.gazette-news.co.uk/news/8719147.profit-making-firm-takes-over-colchester-health-services/ for the report. ", 8)
	b.Run("wrapWhole", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			wrapWhole(text, 60)
		}
	})
	b.Run("wrap", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Wrap(text, 60)
		}
	})
	b.Run("baseline-ansi.Wrap", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			strings.Split(ansi.Wrap(text, 60, "-/"), "\n")
		}
	})
}
