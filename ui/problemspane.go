package ui

import "strings"

// problemsWaiting is the footer on other screens while the files have
// problems: the pane itself is on the list screen.
const problemsWaiting = "the files have problems: the last good data is shown (the list screen lists them)"

// problemsHeight is the lines the problems pane takes from the list screen:
// all of them when they fit in half the body, else half.
func (b *Browser) problemsHeight() int {
	if b.reg.problems == nil || b.screen != browseScreen {
		return 0
	}
	body := max(b.height-chrome, 0)
	return min(len(b.reg.problems)+1, body/2)
}

// bodyHeight is the lines between the search bar and the footer left for
// the list and the detail.
func (b *Browser) bodyHeight() int {
	return max(b.height-chrome-b.problemsHeight(), 0)
}

// problemsPane lists what is wrong with the files as they are now, as
// validate prints it, under the last good data. It is gone once the files
// load again.
func (b *Browser) problemsPane() string {
	h := b.problemsHeight()
	if h == 0 {
		return ""
	}
	title := b.st.Error.Render(truncate("Problems · the last good data is shown · save a fix to reload", b.width))
	lines := []string{pad(title, b.width)}
	for _, l := range b.reg.problems {
		lines = append(lines, truncate(strings.TrimRight(l, " "), b.width))
	}
	return fit(lines, b.width, h)
}
