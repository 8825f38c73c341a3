package browser

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/mutuals/mutuals/model"

	"github.com/mutuals/mutuals/ui/render"
)

// Smallest screen the browser draws; below it, it says how big it needs.
const (
	minWidth   = 40
	minHeight  = 10
	wideLayout = 90
)

type screen int

const (
	browseScreen screen = iota
	detailScreen        // the detail alone, on narrow terminals
	compareScreen
	helpScreen
	facetScreen // counts by a field's values, for the mutuals shown
	timelineScreen
)

type focus int

const (
	focusList focus = iota
	focusSearch
	focusDetail
)

// Browser is the interactive program: a header, a search bar, the list and
// the detail pane, and the comparison, timeline and help screens. It owns layout,
// focus and routing; each pane keeps its own state.
type Browser struct {
	ds      *model.Dataset
	ix      *model.Index
	st      render.Styles
	keys    KeyMap
	mouse   bool
	inline  bool
	fields  []string
	width   int
	height  int
	screen  screen
	back    screen // where help returns to
	focus   focus
	search  textinput.Model
	query   model.Query
	hint    string // what is wrong with the query, shown in the search bar
	found   []int  // what the query matches, in load order
	list    listPane
	detail  scroller
	shownID int // the mutual whose detail is rendered
	cmp     comparePane
	facets  facetPane
	tl      timelinePane
	marks   map[int]bool
	order   []int // marked positions, in the order marked
	help    scroller
	status  string
	notice  string // what was just done, such as a copy
	result  *model.Comparison

	sort    model.Sort
	sorting *model.Sort          // the sort whose order is being built
	orders  map[model.Sort][]int // orders built so far, for this dataset

	loading  bool
	loads    <-chan tea.Msg
	progress loadProgress
	start    tea.Cmd // begins the load
	err      error   // why the load failed

	reg  registerState // editing and reloading the files, when there are any
	jobs jobs          // the work running off the UI path
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
}

// NewBrowser opens the browser on a dataset.
func NewBrowser(ds *model.Dataset, opts BrowserOptions) *Browser {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = `type to filter: service:health -kpmg "adult social"`
	b := &Browser{
		ds: ds, ix: model.NewIndex(ds), st: render.ScreenStyles(opts.IsDark), keys: DefaultKeyMap(),
		mouse: opts.Mouse, inline: opts.Inline, fields: opts.Fields, search: ti, marks: map[int]bool{}, shownID: -1,
		orders: map[model.Sort][]int{}, reg: registerState{Register: opts.Register},
	}
	if b.fields == nil {
		b.fields = model.DefaultCompareFields
	}
	b.found = b.ix.Search(model.Query{})
	b.list.SetShown(b.found)
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
	s := textinput.DefaultStyles(isDark)
	s.Focused.Prompt = b.st.Title
	s.Blurred.Prompt = b.st.Dim
	b.search.SetStyles(s)
	b.shownID = -1
	b.layout()
}

// Update routes a message: sizes and colours to everyone, keys by screen
// and focus, search results to the list.
func (b *Browser) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.width, b.height = msg.Width, msg.Height
		if b.inline {
			b.height = max(msg.Height-1, 0) // for the empty row View adds
		}
		b.layout()
	case tea.BackgroundColorMsg:
		b.setStyles(msg.IsDark())
	case jobDone:
		return b, b.deliver(msg)
	case loadProgress:
		return b, b.applyProgress(msg)
	case loadDone:
		return b, b.applyDone(msg)
	case filesChanged:
		return b, b.applyFilesChanged()
	case editorReady:
		return b, b.openEditor(msg)
	case editorDone:
		return b, b.editorClosed(msg)
	case tea.MouseWheelMsg:
		b.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		b.click(msg.Mouse())
	case tea.KeyPressMsg:
		return b, b.key(msg)
	case tea.PasteMsg:
		return b, b.paste(msg)
	default:
		if b.focus == focusSearch {
			return b, b.updateSearch(msg)
		}
	}
	return b, nil
}

func (b *Browser) key(msg tea.KeyPressMsg) tea.Cmd {
	b.status, b.notice = "", ""
	if key.Matches(msg, b.keys.ForceQuit) {
		return tea.Quit
	}
	switch b.screen {
	case helpScreen:
		return b.helpKey(msg)
	case compareScreen:
		return b.compareKey(msg)
	case facetScreen:
		return b.facetKey(msg)
	case timelineScreen:
		return b.timelineKey(msg)
	case detailScreen:
		return b.detailScreenKey(msg)
	}
	if b.focus == focusSearch {
		return b.searchKey(msg)
	}
	return b.browseKey(msg)
}

// run does slow work of a kind through b.jobs: small work at once, its
// result applied before run returns; large work in the returned command.
func (b *Browser) run(kind jobKind, size int, work func() any) tea.Cmd {
	now, later := b.jobs.start(kind, size, work)
	if now != nil {
		return b.deliver(*now)
	}
	return later
}

// deliver applies a job's result, unless a newer job of its kind began.
func (b *Browser) deliver(d jobDone) tea.Cmd {
	if !b.jobs.fresh(d) {
		return nil
	}
	switch v := d.value.(type) {
	case searchResult:
		return b.applySearch(v)
	case sortReady:
		b.applySort(v)
	case facetResult:
		b.facets.SetCounts(v.field, v.counts)
	case render.TimelineRows:
		b.tl.apply(v, b.st)
	case reloadDone:
		return b.applyReload(v)
	}
	return nil
}
