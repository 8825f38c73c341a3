package browser

import (
	"regexp"
	"strconv"
	"strings"
)

// onScreen names what the browser shows: "list", or the open screen. Tests
// ask it rather than reach into the root, so the root can change.
func onScreen(b *Browser) string {
	switch b.top().(type) {
	case *listScreen:
		return "list"
	case *detailScreen:
		return "detail"
	case *compareScreen:
		return "compare"
	case *helpScreen:
		return "help"
	case *facetScreen:
		return "facets"
	case *sourcesScreen:
		return "sources"
	case *timelineScreen:
		return "timeline"
	}
	return "unknown"
}

// openCompare is the comparison screen, or nil when it is not open.
func openCompare(b *Browser) *compareScreen { s, _ := b.top().(*compareScreen); return s }

// counts are what the header says the list shows and how many are marked
// ("16 shown · 3 marked"), or -1 when the header does not say.
var counts = regexp.MustCompile(`(\d+) shown · (\d+) marked`)

func headerCount(b *Browser, which int) int {
	header, _, _ := strings.Cut(frame(b), "\n")
	m := counts.FindStringSubmatch(header)
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[which])
	return n
}

// shownCount is how many mutuals the header says the list shows.
func shownCount(b *Browser) int { return headerCount(b, 1) }

// markedCount is how many the header says are marked.
func markedCount(b *Browser) int { return headerCount(b, 2) }

// footer is the frame's last line: the key help, or what a key just did.
func footer(b *Browser) string {
	f := frame(b)
	return f[strings.LastIndexByte(f, '\n')+1:]
}
