package browser

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// sourcesScreen lists every source of the data, as the records cite them
// ([id]): title, publisher, author and date, then the address and the
// note. It is the whole of the screen: its type, its keys (the one that
// opens it from the list among them), its section of the ? screen and its
// title. The root knows it by one line in catalogue.
type sourcesScreen struct {
	*common
	snapshot
	width  int
	height int
	body   scroller
}

// sourcesKey opens the sources from the list, and closes them.
var sourcesKey = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "sources: who published what, when, where"))

func newSourcesScreen(c *common, d snapshot) *sourcesScreen {
	return &sourcesScreen{common: c, snapshot: d}
}

// keyMap is the sources' keys: their dispatch, footer and section.
func (s *sourcesScreen) keyMap() keyMap {
	k := s.keys
	return keyMap{
		{key: k.Down, foot: 1, keys: "j/k", says: "scroll", unnamed: true}, // the moves
		{key: relabel(k.Copy, "y", "copy the sources (as Markdown)"), do: just(s.copy), foot: 2},
		{key: k.Back, do: s.askFor(closeScreen{}), foot: 3, unnamed: true},
		{key: sourcesKey, do: s.askFor(closeScreen{}), unnamed: true},
		{key: k.Help, do: s.askFor(openHelp{}), foot: 4, unnamed: true},
	}
}

func (s *sourcesScreen) ShortHelp() []key.Binding { return s.keyMap().footer() }

func (s *sourcesScreen) FullHelp() [][]key.Binding { return fullHelp(s.keyGroups()) }

// keyGroups are the sources' section of the ? screen.
func (s *sourcesScreen) keyGroups() []keyGroup { return s.keyMap().section("On the sources screen") }

func (s *sourcesScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.body.SetHeight(h - 1)
	s.render()
}

// render lays the sources out within a screen's budget: thousands of
// long ones stop where it is spent, with a line that says what is left.
func (s *sourcesScreen) render() {
	var lines []string
	b := render.NewBudget(s.keys.Copy.Help().Key + " copies them all")
	for _, src := range s.ds.Sources {
		if b.Spent() {
			b.Skip(render.Sizes(src.ID, src.Title, src.Publisher, src.Author, src.Date, src.URL, src.Note))
			continue
		}
		lines = append(lines, b.Charge(s.sourceLines(src, max(s.width-2, 1), b))...)
	}
	lines = append(lines, b.More(max(s.width-2, 1), s.st)...)
	if len(lines) == 0 {
		lines = []string{s.st.Hint.Render("the data names no sources")}
	}
	offset := s.body.offset
	s.body.SetLines(lines)
	s.body.offset = offset
	s.body.Scroll(0)
}

// sourceLines is one source: its citation with the id the records use,
// then its address and note, indented under it, as much as b lays out.
// Every text is the data's, made printable by Wrap.
func (s *sourcesScreen) sourceLines(src model.Source, width int, b *render.Budget) []string {
	out := b.Wrap("["+src.ID+"] "+render.SourceCitation(src), width, s.st)
	for _, more := range []struct {
		text  string
		style func(...string) string
	}{{src.URL, s.st.URL.Render}, {src.Note, s.st.Dim.Render}} {
		for _, l := range b.Wrap(more.text, max(width-4, 1), s.st) {
			if more.text != "" {
				out = append(out, "    "+more.style(l))
			}
		}
	}
	return append(out, "")
}

func (s *sourcesScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if cmd, ok := s.keyMap().dispatch(msg); ok {
			return cmd
		}
		s.scroll(msg, &s.body)
	case tea.MouseWheelMsg:
		s.body.Scroll(wheel(msg.Mouse()))
	case dataChanged:
		s.snapshot = msg.snapshot
		s.render()
	}
	return nil
}

// copy puts every source on the clipboard as a Markdown list.
func (s *sourcesScreen) copy() {
	lines := make([]string, 0, len(s.ds.Sources))
	for _, src := range s.ds.Sources {
		line := fmt.Sprintf("- [%s] %s", src.ID, render.SourceCitation(src))
		if src.URL != "" {
			line += " <" + src.URL + ">"
		}
		lines = append(lines, model.Printable(line))
	}
	s.ask(copyText{lines, fmt.Sprintf("%d sources", len(lines))})
}

// title says how many sources, and where the window is when they do not fit.
func (s *sourcesScreen) title() string {
	title := fmt.Sprintf("Sources · %d", len(s.ds.Sources))
	if pos := s.body.Position(); pos != "" {
		title += " · lines " + pos
	}
	return title
}

func (s *sourcesScreen) View() string {
	lines := append([]string{paneTitle(s.title(), true, s.width, s.st)}, indent(s.body.Visible())...)
	return fit(lines, s.width, s.height)
}
