package browser

import (
	"errors"
	"fmt"
	"regexp"

	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/data"

	"github.com/mutuals/mutuals/ui/render"
)

// nothingLoaded is what the list says when the first load had problems.
const nothingLoaded = "nothing loaded: the files have problems (listed below)"

// problemsWaiting is the footer on other screens while the files have
// problems: the pane itself is on the list screen.
const problemsWaiting = "the files have problems: the last good data is shown (the list screen lists them)"

// problemsPane lists what is wrong with the files as they are now, under
// the list and the last good data. It is gone once the files load again.
// It has a screen's shape (SetSize, View) but no keys: e, on the list,
// opens the first problem.
type problemsPane struct {
	*common
	snapshot
	lines  []string    // each problem as validate prints it; nil when the files load
	count  int         // how many problems there are
	fix    editorReady // where the first problem with a line is, for e
	body   scroller    // the problems' text under the title
	focus  *focus      // the root's: the pane has the moves when it is onProblems
	width  int
	height int
}

// set shows the problems of err, or none when err is nil.
func (p *problemsPane) set(err error) {
	p.body.Top()
	if err == nil {
		p.lines, p.fix, p.count = nil, editorReady{}, 0
		p.body.SetLines(nil)
		return
	}
	p.lines, p.fix, p.count = problemLines(err), firstProblem(err), problemCount(err)
	p.body.SetLines(p.text())
}

// takesKeys reports whether the movement keys scroll the pane: when it
// has the focus, or there is no list to move through.
func (p *problemsPane) takesKeys() bool {
	return p.any() && (*p.focus == onProblems || len(p.ds.Mutuals) == 0)
}

// move scrolls the problems as the keys move every pane of text.
func (p *problemsPane) move(msg tea.KeyPressMsg) bool {
	d, ok := p.keys.movement(msg, max(p.height-1, 1), len(p.text()))
	if ok {
		p.body.Scroll(d)
	}
	return ok
}

// any reports whether the files have problems now.
func (p *problemsPane) any() bool { return p.lines != nil }

// heightIn is the lines the pane takes from a body of that many: all it
// needs when that is at most half, else half; with nothing loaded, all
// but the lines the list needs to say so.
func (p *problemsPane) heightIn(body int) int {
	if !p.any() {
		return 0
	}
	if len(p.ds.Mutuals) == 0 { // no list to share with: all but its note
		note := len(render.Wrap(nothingLoaded, p.width-1))
		return max(min(len(p.text())+1, body-1-note), 0)
	}
	return min(len(p.text())+1, body/2)
}

func (p *problemsPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.body.SetLines(p.text())
	p.body.SetHeight(max(h-1, 0))
}

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
	// What matters most comes first, as a narrow screen cuts the end.
	title := fmt.Sprintf("Problems (%d)", p.count)
	if pos := p.body.Position(); pos != "" {
		title += " · " + pos
	}
	if p.fix.file != "" {
		title += " · e edits the first"
	}
	title += " · " + state
	lead := "  "
	if *p.focus == onProblems {
		lead = cursorGlyph + " "
	}
	title = p.st.Error.Render(render.Truncate(lead+title, p.width))
	return fit(append([]string{render.Pad(title, p.width)}, p.body.Visible()...), p.width, p.height)
}

// problemCount is how many problems err holds, those only counted too.
func problemCount(err error) int {
	var le *data.LoadError
	if errors.As(err, &le) {
		return len(le.Problems) + le.Dropped
	}
	return 1
}

// bodyHeight is the lines between the search bar and the footer left for
// the list and the detail, under which the problems pane takes its share.
func (b *Browser) bodyHeight() int {
	body := max(b.height-chrome, 0)
	if !b.onList() {
		return body
	}
	return body - b.problems.heightIn(body)
}
