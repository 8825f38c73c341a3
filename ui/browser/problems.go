package browser

import (
	"regexp"

	"github.com/mutuals/mutuals/ui/render"
)

// problemsWaiting is the footer on other screens while the files have
// problems: the pane itself is on the list screen.
const problemsWaiting = "the files have problems: the last good data is shown (the list screen lists them)"

// problemsPane lists what is wrong with the files as they are now, under
// the list and the last good data. It is gone once the files load again.
// It has a screen's shape (SetSize, View) but no keys: e, on the list,
// opens the first problem.
type problemsPane struct {
	*common
	lines  []string    // each problem as validate prints it; nil when the files load
	fix    editorReady // where the first problem with a line is, for e
	width  int
	height int
}

// set shows the problems of err, or none when err is nil.
func (p *problemsPane) set(err error) {
	if err == nil {
		p.lines, p.fix = nil, editorReady{}
		return
	}
	p.lines, p.fix = problemLines(err), firstProblem(err)
}

// any reports whether the files have problems now.
func (p *problemsPane) any() bool { return p.lines != nil }

// heightIn is the lines the pane takes from a body of that many: all it
// needs when that is at most half, else half.
func (p *problemsPane) heightIn(body int) int {
	if !p.any() {
		return 0
	}
	return min(len(p.text())+1, body/2)
}

func (p *problemsPane) SetSize(w, h int) { p.width, p.height = w, h }

// text is the problems fitted to the width: messages and hints wrap; a
// line of the file with its caret is cut instead, as wrapping it would
// move the caret.
func (p *problemsPane) text() []string {
	var out []string
	for _, l := range p.lines {
		if snippet.MatchString(l) {
			out = append(out, render.Truncate(l, p.width))
			continue
		}
		for i, w := range render.Wrap(l, p.width-4) {
			if i > 0 {
				w = "    " + w
			}
			out = append(out, w)
		}
	}
	return out
}

// snippet matches a line of a file as a problem quotes it, or its caret.
var snippet = regexp.MustCompile(`^  [ 0-9]+ \| `)

func (p *problemsPane) View() string {
	if p.height == 0 {
		return ""
	}
	state := "showing the last good data"
	if len(p.ds.Mutuals) == 0 {
		state = "nothing loads until fixed"
	}
	title := "Problems · " + state
	if p.fix.file != "" {
		title += " · e edits the first"
	}
	title = p.st.Error.Render(render.Truncate(title, p.width))
	return fit(append([]string{render.Pad(title, p.width)}, p.text()...), p.width, p.height)
}

// bodyHeight is the lines between the search bar and the footer left for
// the list and the detail, under which the problems pane takes its share.
func (b *Browser) bodyHeight() int {
	body := max(b.height-chrome, 0)
	if b.top() != nil {
		return body
	}
	return body - b.problems.heightIn(body)
}
