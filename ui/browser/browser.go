package browser

import (
	"context"
	"slices"
	"time"

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
	snapshot          // the data shown, replaced only by setData
	jobs     jobs     // the work running off the UI path
	fields   []string // the comparison's rows before a is pressed
	readOnly bool     // e never edits: the data is shared with other readers
	// askBackground asks the terminal for its background, when no command
	// line chose the palette (a session on a reader's terminal).
	askBackground bool
	mouse         bool
	inline        bool
	width         int
	height        int
	screens       []screen    // the list first, then those opened over it, the last on top
	list          *listScreen // the home screen, under the search bar
	focus         focus       // what has the keys while the list is on top
	search        textinput.Model
	query         model.Query
	hint          string         // what is wrong with the query, shown in the search bar
	example       string         // a search the data answers, for the placeholder
	exampleDS     *model.Dataset // the data example was built from
	found         []int          // what the query matches, in load order
	status        string
	notice        string    // what was just done, such as a copy
	clipboard     Clipboard // how y reaches the system clipboard
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

	reg      registerState                               // editing and reloading the files, when there are any
	nextLoad func(context.Context) (*model.Index, error) // the newest data asked for (replaceData)
}

// BrowserOptions are the choices the command line passes in.
type BrowserOptions struct {
	Mouse bool
	// Inline draws in the normal screen rather than the alternate one, so
	// the last frame stays in the scrollback when the browser closes.
	Inline bool
	Fields []string // comparison rows; default model.DefaultCompareFields
	// IsDark is the palette the command line chose for the terminal.
	IsDark bool
	// Load, when set, loads the dataset in the background: the browser
	// opens at once and fills as records arrive.
	Load LoadFunc
	// Register, when set, lets e edit the files and reloads them.
	Register *Register
	// Clipboard is how y reaches the system clipboard; nil is
	// SystemClipboard.
	Clipboard Clipboard
	// ReadOnly leaves the files alone, with a Register or without: e
	// says why it does not edit.
	ReadOnly bool
}

// NewBrowser opens the browser on a dataset.
func NewBrowser(ds *model.Dataset, opts BrowserOptions) *Browser {
	d := snapshotOf(model.NewIndex(ds), opts.Register != nil && !opts.ReadOnly)
	d.loading = opts.Load != nil
	return newBrowser(d, opts)
}

// newBrowser opens the browser on the data of a snapshot.
func newBrowser(d snapshot, opts BrowserOptions) *Browser {
	ti := textinput.New()
	ti.Prompt = "/ "
	c := &common{keys: DefaultKeyMap()}
	b := &Browser{
		common: c, snapshot: d, jobs: newJobs(), fields: opts.Fields, mouse: opts.Mouse, clipboard: opts.Clipboard, inline: opts.Inline, search: ti,
		orders: map[model.Sort][]int{}, reg: registerState{Register: opts.Register}, readOnly: opts.ReadOnly,
	}
	if b.fields == nil {
		b.fields = model.DefaultCompareFields
	}
	b.list = newListScreen(c, d, &b.focus, b.fields)
	b.problems = problemsPane{common: c, snapshot: d, focus: &b.focus}
	b.facets, b.timeline = newFacetScreen(c, d), newTimelineScreen(c, d)
	b.screens = []screen{b.list}
	b.found = b.ix.Search(model.Query{})
	b.list.SetShown(b.found, model.Query{})
	b.setStyles(opts.IsDark)
	if opts.Load != nil {
		b.start, b.loads = startLoad(opts.Load, d.ds.Name)
	}
	b.setPlaceholder()
	return b
}

// Result is the comparison to print after the program ends (p), or nil.
func (b *Browser) Result() *model.Comparison { return b.result }

// Err is why loading failed, if it did.
func (b *Browser) Err() error { return b.err }

func (b *Browser) Init() tea.Cmd {
	var ask tea.Cmd
	if b.askBackground {
		ask = tea.RequestBackgroundColor
	}
	return tea.Batch(ask, b.start, b.startWatching())
}

func (b *Browser) setStyles(isDark bool) {
	b.st = render.NewStyles(isDark)
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
	b.setPlaceholder()
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
	case swapData:
		return b.swap(msg.ix)
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
		if b.onList() && b.focus == onSearch {
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
	case runJob:
		return b.run(msg), true
	case focusOn:
		return b.setFocus(msg.f), true
	case nextFocus:
		return b.tab(), true
	case clearSearch:
		return b.clearSearch(), true
	case cycleSort:
		if msg.reverse {
			return b.reverseSort(), true
		}
		return b.nextSort(), true
	case openFacets:
		b.open(b.facets)
		return b.facets.recount(b.list.shown(), b.query.Raw), true
	case openTimeline:
		b.open(b.timeline)
		return b.timeline.build(b.list.shown()), true
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

// key hands a key to what has it: the screen on top, or, on the list,
// the part of it that has the focus.
func (b *Browser) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, b.keys.ForceQuit) && time.Now().Before(b.reg.interruptsFrom) {
		return nil // meant for the editor: what the footer says of it stays
	}
	b.status, b.notice = "", ""
	switch {
	case key.Matches(msg, b.keys.ForceQuit):
		return tea.Quit
	case key.Matches(msg, b.keys.Suspend):
		return b.suspend()
	case !b.onList():
		return b.top().Update(msg)
	case b.focus == onSearch:
		return b.searchKey(msg)
	case b.problems.takesKeys() && b.problemsKey(msg):
		return nil
	}
	return b.list.Update(msg)
}

// top is the screen on top: the list, or one open over it.
func (b *Browser) top() screen { return b.screens[len(b.screens)-1] }

// onList reports whether the list is on top, with no screen over it.
func (b *Browser) onList() bool { return len(b.screens) == 1 }

// open puts a screen over the one shown and lays it out.
func (b *Browser) open(s screen) {
	b.screens = append(b.screens, s)
	b.layout()
}

// close goes back to the screen under the top one; the list stays.
func (b *Browser) close() {
	if !b.onList() {
		b.screens = b.screens[:len(b.screens)-1]
	}
	b.layout()
}

// closeAll goes back to the list.
func (b *Browser) closeAll() {
	b.screens = b.screens[:1]
	b.layout()
}

// keyGroups are every screen's keys, titled, for the ? screen: the moves
// and the keys of every screen first, then the search's and each
// screen's own. A binding is listed once, under the first group that has
// it.
func (b *Browser) keyGroups() []keyGroup {
	k := b.keys
	move := keyGroup{"Move (every screen)", []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}}
	everywhere := keyGroup{"Every screen", []key.Binding{k.Help, k.Copy, k.Back, k.Quit, k.ForceQuit, k.Suspend}}
	groups := []keyGroup{{"Search", []key.Binding{k.Search, k.Accept, k.Clear, k.MarkNext}}}
	for _, s := range b.catalogue() {
		groups = append(groups, s.keyGroups()...)
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

// catalogue is every kind of screen with keys of its own, in the order the
// ? screen gives their sections. A new screen is its own file (its type,
// key map and section) and one line here; the key that opens it is in the
// key map of the screen it opens from.
func (b *Browser) catalogue() []interface{ keyGroups() []keyGroup } {
	return []interface{ keyGroups() []keyGroup }{
		b.list,
		newCompareScreen(b.common, b.snapshot, nil, b.fields),
		b.facets,
		b.timeline,
		newSourcesScreen(b.common, b.snapshot),
	}
}

// run does slow work through the jobs: small work at once, its result
// applied before run returns; large work in the returned command.
func (b *Browser) run(j runJob) tea.Cmd {
	now, later := b.jobs.start(j)
	if now != nil {
		return b.deliver(*now)
	}
	return later
}

// deliver applies a job's result, unless a newer job of its kind began:
// the root's own, or the open screen's. A job that runs one at a time
// starts the one waiting for it.
func (b *Browser) deliver(d jobDone) tea.Cmd {
	var next tea.Cmd
	if b.jobs.returned(d) {
		next = b.replaceData(b.nextLoad) // newer data was asked for while it ran
	}
	if !b.jobs.fresh(d) {
		return next
	}
	return tea.Batch(next, b.apply(d))
}

// apply shows a fresh job's result.
func (b *Browser) apply(d jobDone) tea.Cmd {
	switch v := d.value.(type) {
	case searchResult:
		return b.applySearch(v)
	case sortReady:
		b.applySort(v)
	case reloadDone:
		return b.applyReload(v)
	default:
		return b.top().Update(v)
	}
	return nil
}
