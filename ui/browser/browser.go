package browser

import (
	"context"

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
	ti.CharLimit = queryMax
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
