package browser

import (
	"errors"
	"fmt"
	"regexp"

	"charm.land/bubbles/v2/key"
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
// the list and the last good data, a blank line between two. It is gone
// once the files load again. While it has the keys (tab) the moves go
// from problem to problem, and e, here or on the list, opens the one
// under its cursor at its line.
type problemsPane struct {
	*common
	snapshot
	problems []problemText // as validate prints each; nil when the files load
	at       int           // the problem under the cursor
	count    int           // how many problems there are
	body     scroller      // the problems' text under the title
	focus    *focus        // the root's: the pane has the moves when it is onProblems
	width    int
	height   int
}

// problemText is one problem as validate prints it, and where it is.
type problemText struct {
	lines []string
	fix   editorReady // file and line, for e; no file for a problem with no line
}

// set shows the problems of err, or none when err is nil.
func (p *problemsPane) set(err error) {
	p.body.Top()
	p.at = 0
	if err == nil {
		p.problems, p.count = nil, 0
		p.body.SetLines(nil)
		return
	}
	p.problems, p.count = problemTexts(err), problemCount(err)
	p.layout()
}

// fix is where e goes: the problem under the cursor, or the first with a
// line when it has none.
func (p *problemsPane) fix() editorReady {
	if p.at < len(p.problems) && p.problems[p.at].fix.file != "" {
		return p.problems[p.at].fix
	}
	for _, t := range p.problems {
		if t.fix.file != "" {
			return t.fix
		}
	}
	return editorReady{}
}

// takesKeys reports whether the movement keys scroll the pane: when it
// has the focus, or there is no list to move through.
func (p *problemsPane) takesKeys() bool {
	return p.any() && (*p.focus == onProblems || len(p.ds.Mutuals) == 0)
}

// move puts the cursor on another problem, with the keys that move every
// list, and scrolls to show it.
func (p *problemsPane) move(msg tea.KeyPressMsg) bool {
	d, ok := p.keys.movement(msg, 1, len(p.problems))
	if ok {
		p.at = min(max(p.at+d, 0), max(len(p.problems)-1, 0))
		p.layout()
	}
	return ok
}

// ShortHelp is the pane's footer while it has the keys, tab leading back
// to the list.
func (p *problemsPane) ShortHelp() []key.Binding { return p.helpTabbingTo("the list") }

// helpTabbingTo is the pane's footer, tab leading to where (the root
// knows: the detail on a wide screen, else the list).
func (p *problemsPane) helpTabbingTo(where string) []key.Binding {
	k := p.keys
	out := []key.Binding{relabel(k.Down, "j/k", "move")}
	if p.editable && p.fix().file != "" {
		out = append(out, relabel(k.Edit, "e", "edit this one"))
	}
	return append(out, relabel(k.Focus, "tab", "to "+where))
}

// any reports whether the files have problems now.
func (p *problemsPane) any() bool { return p.problems != nil }

// heightIn is the lines the pane takes from a body of that many: all it
// needs when that is at most half, else half; with nothing loaded, all of
// it (an empty list and detail would say nothing its title does not).
func (p *problemsPane) heightIn(body int) int {
	if !p.any() {
		return 0
	}
	if p.fills() {
		return body
	}
	return min(len(p.text())+1, body/2)
}

// fills reports whether the pane takes the list's place: the files have
// problems and nothing loaded.
func (p *problemsPane) fills() bool { return p.any() && len(p.ds.Mutuals) == 0 }

func (p *problemsPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.body.SetHeight(max(h-1, 0))
	p.layout()
}

// layout sets the text and scrolls to show the problem under the cursor
// whole, or as much of it from its start as fits.
func (p *problemsPane) layout() {
	lines, starts := p.textAt()
	p.body.SetLines(lines)
	if p.at >= len(starts) {
		return
	}
	start, end := starts[p.at], len(lines)
	if p.at+1 < len(starts) {
		end = starts[p.at+1] - 1
	}
	if start < p.body.offset || end-start > p.body.height {
		p.body.offset = start
	} else if end > p.body.offset+p.body.height {
		p.body.offset = end - p.body.height
	}
	p.body.Scroll(0)
}

// text is the problems fitted to the width.
func (p *problemsPane) text() []string {
	lines, _ := p.textAt()
	return lines
}

// textAt is the problems fitted to the width, a blank line between two,
// the one under the cursor marked while the pane has the keys, and the
// line each starts at. Messages and hints wrap; a line of the file with
// its caret is cut instead, as wrapping it would move the caret.
func (p *problemsPane) textAt() (out []string, starts []int) {
	for k, t := range p.problems {
		if k > 0 {
			out = append(out, "")
		}
		starts = append(starts, len(out))
		for j, l := range t.lines {
			if snippet.MatchString(l) {
				out = append(out, render.Truncate(l, p.width))
				continue
			}
			for i, w := range render.Wrap(l, p.width-4) {
				switch {
				case i > 0:
					w = "    " + w
				case j == 0 && k == p.at && p.takesKeys():
					w = p.st.Title.Render(cursorGlyph) + " " + w
				}
				out = append(out, w)
			}
		}
	}
	return out, starts
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
	if p.fix().file != "" && !p.takesKeys() {
		title += " · tab picks one, e edits it"
	}
	title += " · " + state
	title = titleRule(title, p.takesKeys(), p.width, p.st.Error, p.st.Error)
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
