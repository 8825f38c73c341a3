package browser

// onScreen names what the browser shows: "list", or the open screen. Tests
// ask it rather than reach into the root, so the root can change.
func onScreen(b *Browser) string {
	switch b.top().(type) {
	case nil:
		return "list"
	case *detailScreen:
		return "detail"
	case *compareScreen:
		return "compare"
	case *helpScreen:
		return "help"
	case *facetScreen:
		return "facets"
	case *timelineScreen:
		return "timeline"
	}
	return "unknown"
}

// openCompare is the comparison screen, or nil when it is not open.
func openCompare(b *Browser) *compareScreen { s, _ := b.top().(*compareScreen); return s }
