package browser

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// Smallest screen the browser draws; below it, it says how big it needs.
const (
	minWidth   = 40
	minHeight  = 10
	wideLayout = 90
)

// Browser is the interactive program. The root draws the header, the
// search bar and the footer, owns the search and the sort, and routes
// every message to the screen on top: the list, or one open over it.
// Each screen keeps its own state.
type Browser struct {
	*common
	mouse         bool
	inline        bool
	width         int
	height        int
	screens       []screen    // open over the list, the last on top
	list          *listScreen // the home screen, under the search bar
	search        textinput.Model
	searching     bool // the search bar has the keys
	query         model.Query
	hint          string         // what is wrong with the query, shown in the search bar
	example       string         // a search the data answers, for the placeholder
	exampleDS     *model.Dataset // the data example was built from
	found         []int          // what the query matches, in load order
	status        string
	notice        string // what was just done, such as a copy
	clipboardTool Clipboard
	result        *model.Comparison

	problems problemsPane    // under the list while the files have problems
	facets   *facetScreen    // kept between openings: they open on the last field
	timeline *timelineScreen // kept between openings

	sort    model.Sort
	sorting *model.Sort          // the sort whose order is being built
	orders  map[model.Sort][]int // orders built so far, for this dataset

	loads    <-chan tea.Msg
	progress loadProgress
	start    tea.Cmd // begins the load
	err      error   // why the load failed

	reg registerState // editing and reloading the files, when there are any
}

// BrowserOptions are the choices the command line passes in.
type BrowserOptions struct {
	Mouse bool
	// Inline draws in the normal screen rather than the alternate one, so
	// the last frame stays in the scrollback when the browser closes.
	Inline bool
	Fields []string // comparison rows; default model.DefaultCompareFields
	IsDark bool
	// Load, when set, loads the dataset in the background: the browser
	// opens at once and fills as records arrive.
	Load LoadFunc
	// Register, when set, lets e edit the files and reloads them.
	Register *Register
	// Clipboard is how y reaches the system clipboard; nil is
	// SystemClipboard.
	Clipboard Clipboard
}

// NewBrowser opens the browser on a dataset.
func NewBrowser(ds *model.Dataset, opts BrowserOptions) *Browser {
	ti := textinput.New()
	ti.Prompt = "/ "
	c := &common{ds: ds, ix: model.NewIndex(ds), keys: DefaultKeyMap(), fields: opts.Fields, editable: opts.Register != nil}
	if c.fields == nil {
		c.fields = model.DefaultCompareFields
	}
	b := &Browser{
		common: c, mouse: opts.Mouse, clipboardTool: opts.Clipboard, inline: opts.Inline, search: ti, list: newListScreen(c),
		orders: map[model.Sort][]int{}, reg: registerState{Register: opts.Register},
		problems: problemsPane{common: c}, facets: newFacetScreen(c), timeline: newTimelineScreen(c),
	}
	b.found = b.ix.Search(model.Query{})
	b.list.SetShown(b.found, model.Query{})
	b.setStyles(opts.IsDark)
	if opts.Load != nil {
		b.loading = true
		b.start, b.loads = startLoad(opts.Load, ds.Name)
	}
	return b
}

// Result is the comparison to print after the program ends (p), or nil.
func (b *Browser) Result() *model.Comparison { return b.result }

// Err is why loading failed, if it did.
func (b *Browser) Err() error { return b.err }

func (b *Browser) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, b.start, b.startWatching())
}

func (b *Browser) setStyles(isDark bool) {
	b.st = render.ScreenStyles(isDark)
	b.search.SetStyles(searchStyles(b.st, isDark))
	b.layout()
}

// searchStyles are the search bar's from the palette. The text, typed or
// kept, is the terminal's own colour: textinput's default greys for kept
// text and placeholders read at 2–3.5:1 on one background or the other.
func searchStyles(st render.Styles, isDark bool) textinput.Styles {
	s := textinput.DefaultStyles(isDark)
	for _, state := range []*textinput.StyleState{&s.Focused, &s.Blurred} {
		state.Text = lipgloss.NewStyle()
		state.Placeholder = st.Hint
		state.Suggestion = st.Dim
	}
	s.Focused.Prompt = st.Title
	s.Blurred.Prompt = st.Dim
	s.Cursor.Color = st.Title.GetForeground()
	return s
}

// Update routes a message: the root's own, then whatever the screens
// asked for while it was handled.
func (b *Browser) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{b.route(msg)}
	for len(b.asks) > 0 {
		ask := b.asks[0]
		b.asks = b.asks[1:]
		cmds = append(cmds, b.route(ask))
	}
	return b, tea.Batch(cmds...)
}

// route hands one message to whoever owns it.
func (b *Browser) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.resize(msg)
	case tea.BackgroundColorMsg:
		b.setStyles(msg.IsDark())
	case jobDone:
		return b.deliver(msg)
	case loadProgress:
		return b.applyProgress(msg)
	case loadDone:
		return b.applyDone(msg)
	case filesChanged:
		return b.applyFilesChanged()
	case editorReady:
		return b.openEditor(msg)
	case editorDone:
		return b.editorClosed(msg)
	case tea.KeyPressMsg:
		return b.key(msg)
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		return b.mouseEvent(msg)
	case tea.PasteMsg:
		return b.paste(msg)
	default:
		if cmd, ok := b.answer(msg); ok {
			return cmd
		}
		if b.top() == nil && b.searching {
			return b.updateSearch(msg)
		}
	}
	return nil
}

// answer does what a screen asked of the root; ok is false for a message
// that is no such request.
func (b *Browser) answer(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case closeScreen:
		b.close()
	case openHelp:
		b.open(newHelpScreen(b.common, b.keyGroups()))
	case addSearchTerm:
		return b.addSearchTerm(msg.term), true
	case printComparison:
		b.result = &msg.c
		return tea.Quit, true
	case copyText:
		return b.copyText(msg.lines, msg.what), true
	case clipboardDone:
		b.notice = msg.notice()
	case showStatus:
		b.status = msg.text
	case openScreen:
		b.open(msg.s)
	case toggleMark:
		return b.list.Update(msg), true
	case editMutual:
		return b.editRecord(msg.at), true
	default:
		return nil, false
	}
	return nil, true
}

func (b *Browser) key(msg tea.KeyPressMsg) tea.Cmd {
	b.status, b.notice = "", ""
	switch {
	case key.Matches(msg, b.keys.ForceQuit):
		return tea.Quit
	case b.top() != nil:
		return b.top().Update(msg)
	case b.searching:
		return b.searchKey(msg)
	}
	return b.homeKey(msg)
}

// top is the screen open over the list, or nil on the list.
func (b *Browser) top() screen {
	if len(b.screens) == 0 {
		return nil
	}
	return b.screens[len(b.screens)-1]
}

// open puts a screen over the one shown and lays it out.
func (b *Browser) open(s screen) {
	b.screens = append(b.screens, s)
	b.layout()
}

// close goes back to the screen under the top one.
func (b *Browser) close() {
	if len(b.screens) > 0 {
		b.screens = b.screens[:len(b.screens)-1]
	}
	b.layout()
}

// keyGroups are every screen's keys, titled, for the ? screen: the moves
// and the keys of every screen first, then the search's and each
// screen's own. A binding is listed once, under the first group that has
// it.
func (b *Browser) keyGroups() []keyGroup {
	k := b.keys
	move := keyGroup{"Move (every screen)", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}}
	everywhere := keyGroup{"Every screen", []key.Binding{k.Help, k.Copy, k.Back, k.Quit, k.ForceQuit}}
	groups := []keyGroup{{"Search", []key.Binding{k.Search, k.Accept, k.Clear}}}
	for _, keys := range []func(KeyMap) []keyGroup{listKeys, compareKeys, facetKeys, timelineKeys} {
		groups = append(groups, keys(k)...)
	}
	seen := append(slices.Clone(move.keys), everywhere.keys...)
	out := []keyGroup{move}
	for _, g := range groups {
		g.keys = slices.DeleteFunc(slices.Clone(g.keys), func(x key.Binding) bool {
			listed := slices.ContainsFunc(seen, func(y key.Binding) bool { return sameHelp(x, y) })
			seen = append(seen, x)
			return listed
		})
		if len(g.keys) > 0 {
			out = append(out, g)
		}
	}
	return append(out, everywhere)
}

// run does slow work of a kind through the jobs: small work at once, its
// result applied before run returns; large work in the returned command.
func (b *Browser) run(kind jobKind, size int, work func() any) tea.Cmd {
	now, later := b.jobs.start(kind, size, work)
	if now != nil {
		return b.deliver(*now)
	}
	return later
}

// deliver applies a job's result, unless a newer job of its kind began:
// the root's own, or the open screen's.
func (b *Browser) deliver(d jobDone) tea.Cmd {
	if !b.jobs.fresh(d) {
		return nil
	}
	switch v := d.value.(type) {
	case searchResult:
		return b.applySearch(v)
	case sortReady:
		b.applySort(v)
	case reloadDone:
		return b.applyReload(v)
	default:
		if top := b.top(); top != nil {
			return top.Update(v)
		}
	}
	return nil
}
