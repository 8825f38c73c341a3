package browser

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// helpScreen is the ? screen: every key, in the titled groups the screens
// give, then the query language. It is made from the key maps, so it
// cannot disagree with the keys.
type helpScreen struct {
	*common
	groups []keyGroup
	width  int
	height int
	body   scroller
}

func newHelpScreen(c *common, groups []keyGroup) *helpScreen {
	return &helpScreen{common: c, groups: groups}
}

func (s *helpScreen) ShortHelp() []key.Binding {
	return []key.Binding{s.keys.Back, s.keys.Up, s.keys.Down, s.keys.Quit}
}

func (s *helpScreen) FullHelp() [][]key.Binding { return fullHelp(s.groups) }

func (s *helpScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.body.SetHeight(h - 1)
	s.body.SetLines(s.lines())
}

func (s *helpScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, s.keys.Back, s.keys.Help):
			s.ask(closeScreen{})
		default:
			s.scroll(msg, &s.body)
		}
	case tea.MouseWheelMsg:
		s.body.Scroll(wheel(msg.Mouse()))
	}
	return nil
}

func (s *helpScreen) View() string {
	title := "Keys"
	if pos := s.body.Position(); pos != "" {
		title += " · " + pos + " (j/k scroll)"
	}
	return fit(append([]string{paneTitle(title, true, s.width, s.st)}, s.body.Visible()...), s.width, s.height)
}

// lines are the groups of keys, then the query language.
func (s *helpScreen) lines() []string {
	var out []string
	for _, g := range s.groups {
		out = append(out, s.st.Heading.Render(g.title))
		for _, k := range g.keys {
			h := k.Help()
			out = append(out, "  "+s.st.Key.Render(render.Pad(h.Key, 10))+" "+h.Desc)
		}
		out = append(out, "")
	}
	out = append(out, s.st.Heading.Render("Search"))
	lines := []string{"adult             a bare term matches any field"}
	// The fields come from the model's table, so this screen names them all.
	term := "service:health"
	for _, l := range render.Wrap("a field limits it: "+strings.Join(model.QueryFieldNames(), ", "), 50) {
		lines = append(lines, render.Pad(term, 18)+l)
		term = ""
	}
	for _, l := range append(lines,
		`"adult social"    quotes make a phrase`,
		"-kpmg             a minus excludes",
		"All terms must match; case and accents are ignored.",
	) {
		out = append(out, "  "+l)
	}
	return out
}
