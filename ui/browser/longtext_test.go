package browser

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data/loadtest"
	"github.com/mutuals/mutuals/ui/render"
)

// longSummary is a register of one mutual whose summary is size bytes of
// running text in lines of about 100 characters, the word "needle" at its
// very end: what a register pasted from a long document looks like.
func longSummary(size int) []byte {
	words := []string{"council", "mutual", "social", "adult", "services", "health", "care", "staff", "children", "community"}
	var b strings.Builder
	b.WriteString("[[source]]\nid = \"s1\"\ntitle = \"T\"\n\n[[mutual]]\nid = \"big\"\nname = \"Big\"\nlocation = \"X\"\n")
	b.WriteString("service_area = [\"a\"]\nstaff_groups = [\"b\"]\nsummary = \"\"\"\n")
	line := 0
	for i := 0; b.Len() < size; i++ {
		w := words[(i*7+i/3)%len(words)]
		b.WriteString(w)
		line += len(w) + 1
		if line > 95 {
			b.WriteString("\n")
			line = 0
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("needle\"\"\"\nsources = [\"s1\"]\n")
	return []byte(b.String())
}

// longSummaryBrowser is the browser at 160x40 on longSummary(size), its
// search bar open.
func longSummaryBrowser(t testing.TB, size int) *Browser {
	t.Helper()
	ds, err := loadtest.Load(t, "long.toml", longSummary(size))
	if err != nil {
		t.Fatal(err)
	}
	b := NewBrowser(ds, BrowserOptions{IsDark: true})
	b.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	b.View()
	press(b, "/")
	b.View()
	return b
}

// typingAllocs is the bytes allocated by typing "s", "e" and backspace
// into the search bar, a frame after each: every key matches the summary,
// so the row says why and the detail marks the matches.
func typingAllocs(b *Browser) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for _, k := range []string{"s", "e", "backspace", "backspace"} {
		press(b, k)
		b.View()
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLongFieldFrameBounded: what a key and a frame cost must not grow
// with a field's length beyond what the screen can show. A 5 MB summary
// is typed over within a small constant of one as long as the most a
// screen lays out (render.ScreenTextMax).
func TestLongFieldFrameBounded(t *testing.T) {
	shown := typingAllocs(longSummaryBrowser(t, render.ScreenTextMax))
	big := typingAllocs(longSummaryBrowser(t, 5<<20))
	if big > 2*shown+256<<10 {
		t.Errorf("typing over a 5 MB summary allocated %d KB, over one of %d KB %d KB: a frame's work grows with the field", big>>10, render.ScreenTextMax>>10, shown>>10)
	}
}

// TestLongFieldFrameBoundedAtRest: a frame drawn again with nothing
// changed (the cursor's blink) costs the same with a 5 MB summary as with
// a 5 KB one.
func TestLongFieldFrameBoundedAtRest(t *testing.T) {
	for _, size := range []int{5 << 10, 5 << 20} {
		b := longSummaryBrowser(t, size)
		press(b, "s")
		n := testing.AllocsPerRun(3, func() { b.View() })
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		b.View()
		runtime.ReadMemStats(&after)
		if bytes := after.TotalAlloc - before.TotalAlloc; bytes > 1<<20 {
			t.Errorf("a frame at rest over a %d byte summary allocated %d KB in %.0f allocations", size, bytes>>10, n)
		}
	}
}

// BenchmarkLongFieldFrame is a key and a frame over a 5 MB summary beside
// a 5 KB one: the two should cost about the same.
func BenchmarkLongFieldFrame(b *testing.B) {
	for _, size := range []int{5 << 10, 5 << 20} {
		br := longSummaryBrowser(b, size)
		b.Run(fmt.Sprintf("summary=%dKB", size>>10), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				press(br, "s")
				br.View()
				press(br, "backspace")
				br.View()
			}
		})
	}
}
