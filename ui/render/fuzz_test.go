package render_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/render"
)

// compareFloor is the narrowest width at which CompareLines can keep its
// promise that every line fits. Below 12 cells a column, it stacks the
// comparison: each value line is "  N  " (a tag of len(strconv.Itoa(n))
// digits between two spaces each side) before text wrapped to width-tag-4
// cells, and a wide character (CJK, emoji) takes 2 cells that cannot be
// split. So a line can be as wide as tag+4+2 = 7 cells for up to nine
// mutuals, whatever the width asked for; from 7 cells on it must fit.
const compareFloor = 7

// fuzzSeeds are texts that are hard to lay out: wide and zero-width
// characters, escape sequences and other controls that must be shown, not
// obeyed, and long unbroken words.
var fuzzSeeds = []string{
	"", " ", "Swindon health and social care", "NHS staff", "community health",
	"東京ケア協同組合の長い名前です", "서울 돌봄 협동조합", "👩‍⚕️👨🏽‍🍳🇬🇧", "e\u0301cole", "Zürich Café",
	"\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "\x1b[2J\x1b[H", "\u009b31m", "tab\there", "line\nbreak\r\n",
	"\u202egnp.exe", "\x00\x7f", "\xff\xfe", "a-very-long-hyphenated-word-that-will-not-fit/anywhere/at/all",
	strings.Repeat("x", 300), strings.Repeat("界", 150), "\u200b\u200d\ufe0f", "\u00ad\u00ad",
}

// FuzzCompare lays out a comparison of one to four mutuals whose text is
// arbitrary, at widths from 1 to 300. Every line must fit the width (or
// compareFloor, when the width is narrower), no control character from
// the data may reach the terminal (ESC must show as ␛), and items are marked
// only in rows that differ.
func FuzzCompare(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)], fuzzSeeds[(i+5)%len(fuzzSeeds)], fuzzSeeds[(i+11)%len(fuzzSeeds)], uint8(i), uint16(i*13))
	}
	f.Add("Swindon", "Leicester", "KPMG", "NHS staff", uint8(1), uint16(79))
	f.Add("a", "b", "c", "d", uint8(3), uint16(0))
	f.Add("a", "b", "c", "d", uint8(0x23), uint16(6))
	f.Add("\x1b[31mx", "東京", "👩‍⚕️", "\t", uint8(0x53), uint16(299))
	st := render.NewStyles(true)
	f.Fuzz(func(t *testing.T, name, a, b, c string, n uint8, w uint16) {
		ms, p := fuzzMutuals(name, a, b, c, n)
		width := 1 + int(w)%300
		cmp := model.Compare(ms, model.CompareFields(), model.NewDataset("fuzz", p, nil, nil))
		lines := render.CompareLines(cmp, width, st)
		if len(lines) == 0 {
			t.Fatal("no lines")
		}
		checkLines(t, lines, max(width, compareFloor), fmt.Sprintf("CompareLines(%d mutuals, width %d)", len(ms), width))
		if legend, differs := itemLegend(lines), anyDiffers(cmp); legend && !differs {
			t.Errorf("an item legend, but every row is the same for all (so none is marked):\n%s", strings.Join(lines, "\n"))
		}
	})
}

func itemLegend(lines []string) bool {
	for _, l := range lines {
		if strings.HasPrefix(ansi.Strip(l), "items: ") {
			return true
		}
	}
	return false
}

func anyDiffers(c model.Comparison) bool {
	for _, r := range c.Rows {
		if !r.Same && r.Shares != nil {
			return true
		}
	}
	return false
}

// recordFloor is the narrowest width RecordLines lays out at: it widens
// anything narrower to ui.MinWidth = 20 cells, the narrowest --width. An
// event's label column is 22 cells, so below 36 cells (where the text
// beside it would be under 12) the label goes on a line of its own, cut
// to the width (see TestRecordNarrow).
const recordFloor = render.MinWidth

// FuzzRecord lays out one mutual in full, as `mutuals show` and the
// browser's detail pane do, with the same promises as FuzzCompare: on a
// screen every line fits; printed, a line wider than the width is one
// word kept whole (a URL, an id) so that copying it works.
func FuzzRecord(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i+1)%len(fuzzSeeds)], fuzzSeeds[(i+5)%len(fuzzSeeds)], fuzzSeeds[(i+11)%len(fuzzSeeds)], uint8(i), uint16(i*13))
	}
	f.Add("Swindon", "Leicester", "KPMG", "NHS staff", uint8(1), uint16(79))
	printed := render.NewStyles(true)
	f.Fuzz(func(t *testing.T, name, a, b, c string, n uint8, w uint16) {
		ms, p := fuzzMutuals(name, a, b, c, n)
		ds := model.NewDataset("fuzz", p, derefs(ms), []model.Source{{ID: a, Title: b, Publisher: c, URL: name}})
		width := 1 + int(w)%300
		for i := range ds.Mutuals {
			lines := render.RecordView(ds, &ds.Mutuals[i], width, printed, render.RecordOptions{Screen: true})
			checkLines(t, lines, max(width, recordFloor), fmt.Sprintf("RecordLines(mutual %d, width %d, screen)", i, width))
			lines = render.RecordLines(ds, &ds.Mutuals[i], width, printed)
			checkLines(t, wordsThatFit(lines), max(width, recordFloor), fmt.Sprintf("RecordLines(mutual %d, width %d, printed)", i, width))
		}
		checkDocuments(t, ds)
		checkErrorHandler(t, name+"\n"+a)
	})
}

// wordsThatFit leaves out the lines that are one word alone, which printed
// output keeps whole however wide.
func wordsThatFit(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.ContainsRune(strings.TrimSpace(ansi.Strip(l)), ' ') {
			out = append(out, l)
		}
	}
	return out
}

// fuzzMutuals builds 1 to 4 mutuals (n%4+1) from four texts, rotating them
// through the fields so that rows both differ and agree. Bits of n choose
// whether the values are rotated (0x20), whether the legal form has two
// readings (0x10), whether mentors are named (0x40) and whether the
// programme has a mentor pool (0x80).
//
// Events get a date and kind the loader accepts, up to "2010-08-12
// contract-lost", which is wider than RecordLines' label column (see
// TestRecordEventLabel).
func fuzzMutuals(name, a, b, c string, n uint8) ([]*model.Mutual, []model.Programme) {
	texts := []string{a, b, c}
	dates := []string{"2011", "2010-08", "2010-08-12"}
	date, kind := dates[int(n>>2)%len(dates)], model.EventKinds[int(n>>2)%len(model.EventKinds)]
	count := int(n%4) + 1
	ms := make([]*model.Mutual, count)
	for i := range ms {
		shift := i
		if n&0x20 != 0 {
			shift = 0 // every mutual the same: rows are "the same for all"
		}
		v := func(k int) string { return texts[(k+shift)%len(texts)] }
		m := &model.Mutual{
			ID: "m" + strconv.Itoa(i), Name: name, Location: v(0), Region: v(1),
			ServiceArea: []string{v(0), v(1)}, StaffGroups: []string{v(2)},
			LegalForm: v(2), Partners: []string{v(1), v(2)}, Became: v(0), Outcome: v(1),
			Summary: v(0) + " " + v(1) + " " + v(2), Sources: []string{v(2), a},
			Events: []model.Event{{Date: date, Kind: kind, Text: v(2), Sources: []string{v(0)}}},
		}
		if n&0x40 != 0 {
			m.Mentors = []string{v(1)}
		}
		if n&0x10 != 0 {
			m.Readings = []model.Reading{
				{Field: "legal_form", Value: v(0), Sources: []string{a}},
				{Field: "legal_form", Value: v(1), Sources: []string{b, c}},
			}
		}
		ms[i] = m
	}
	if n&0x80 == 0 {
		return ms, nil
	}
	for _, m := range ms {
		m.Programme = "p"
	}
	return ms, []model.Programme{{ID: "p", Name: b, Pools: []model.Pool{{Mentors: []string{a, c, name}}}}}
}

func derefs(ms []*model.Mutual) []model.Mutual {
	out := make([]model.Mutual, len(ms))
	for i, m := range ms {
		out[i] = *m
	}
	return out
}

// sgr is a Select Graphic Rendition sequence: the only escape sequence the
// styles write.
// sgr matches the styles' own sequences, and the hyperlinks the screen
// puts on sources, whose target is printable ASCII only.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m|\x1b\]8;;[!-~]*\x07`)

// checkLines checks that every line is at most limit cells wide and that
// the only escape sequences in it are the styles' own.
func checkLines(t *testing.T, lines []string, limit int, what string) {
	t.Helper()
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > limit {
			t.Errorf("%s: line %d is %d cells, over %d:\n%q", what, i, w, limit, ansi.Strip(l))
		}
		if msg := unsafeLine(l); msg != "" {
			t.Errorf("%s: line %d %s:\n%q", what, i, msg, l)
		}
	}
}

// unsafeLine says what in a rendered line could act on the terminal, or "".
func unsafeLine(l string) string {
	if i := strings.IndexByte(sgr.ReplaceAllString(l, ""), 0x1b); i >= 0 {
		return "holds an escape sequence that is not a style"
	}
	plain := ansi.Strip(l)
	if i := strings.IndexByte(plain, 0x1b); i >= 0 {
		return "holds ESC from the data"
	}
	if i := strings.IndexFunc(plain, model.Unsafe); i >= 0 {
		r, _ := utf8.DecodeRuneInString(plain[i:])
		return fmt.Sprintf("holds control character %U", r)
	}
	if !utf8.ValidString(plain) {
		return "is not UTF-8"
	}
	return ""
}

// overflows returns the lines wider than width, without their styles.
func overflows(lines []string, width int) []string {
	var out []string
	for _, l := range lines {
		if ansi.StringWidth(l) > width {
			out = append(out, fmt.Sprintf("%d cells: %q", ansi.StringWidth(l), ansi.Strip(l)))
		}
	}
	return out
}

// TestWrapFits: text wrapped to a width fits it. ui's wrap calls
// ansi.Wrap(s, width, "-/"), and ansi.Wrap (charmbracelet/x/ansi v0.11.9,
// charmbracelet/x#785) puts a '-' or '/' that comes just after a full line
// on that line, one cell past the width (two with the space before it)
// when the text ends there or a space follows: a URL ending in '/', a
// spaced dash in prose. Wrapping to one cell, which CompareLines does
// below compareFloor, it never breaks a word after a wide character. wrap
// cuts such lines again, hard; these are the cases that showed the bug.
func TestWrapFits(t *testing.T) {
	st := render.NewStyles(true)
	src := model.Source{ID: "bssec-ace", Title: "Anglian Community Enterprise profile", URL: "http://bssec.org.uk/anglian-community-enterprise/"}
	m := model.Mutual{ID: "awarding-body", Name: "157 Group awarding body", Location: "England",
		ServiceArea: []string{"awarding body"}, StaffGroups: []string{"FE college staff"}, Sources: []string{"bssec-ace"},
		Summary: "A consortium of further education colleges - the 157 Group of 28 large FE colleges - planned to set up an awarding body as an employee-led mutual."}
	ds := model.NewDataset("t", nil, []model.Mutual{m}, []model.Source{src})
	four := []*model.Mutual{&m}
	for _, id := range []string{"b", "c", "d"} {
		o := m
		o.ID, o.Summary = id, "Another summary."
		four = append(four, &o)
	}
	tokyo := m
	tokyo.ID, tokyo.Location = "tokyo", "東京 Tokyo"
	cases := []struct {
		name  string
		width int
		lines []string
	}{
		{"URL ending in / (mutuals show --width 52)", 52, wordsThatFit(render.RecordLines(ds, &ds.Mutuals[0], 52, st))},
		{"spaced dash in a summary (mutuals show --width 82)", 82, wordsThatFit(render.RecordLines(ds, &ds.Mutuals[0], 82, st))},
		{"spaced dash in a summary (mutuals compare with four --width 87)", 87, render.CompareLines(model.Compare(four, model.CompareFields(), nil), 87, st)},
		{"wide character then text, wrapped to one cell (mutuals compare --width 6)", compareFloor, render.CompareLines(model.Compare([]*model.Mutual{&m, &tokyo}, model.CompareFields(), nil), 6, st)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if over := overflows(tc.lines, tc.width); len(over) > 0 {
				t.Errorf("lines wider than %d:\n%s", tc.width, strings.Join(over, "\n"))
			}
		})
	}
}

// TestRecordEventLabel: an event's "date kind" label column is as wide as
// the record's widest label, up to 24 cells: "2010-08-12 contract-lost"
// (a date and kind the loader accepts) shares its line with its text,
// which hangs under itself, and no line passes the width.
func TestRecordEventLabel(t *testing.T) {
	m := model.Mutual{ID: "ace", Name: "Anglian Community Enterprise", Location: "Colchester", Sources: []string{"a"},
		Events: []model.Event{{Date: "2010-08-12", Kind: "contract-lost", Sources: []string{"a"},
			Text: "The clinical commissioning group gave Anglian Community Enterprise notice on its contract."}}}
	ds := model.NewDataset("t", nil, []model.Mutual{m}, nil)
	lines := render.RecordLines(ds, &ds.Mutuals[0], 80, render.NewStyles(true))
	if over := overflows(lines, 80); len(over) > 0 {
		t.Errorf("lines wider than 80:\n%s", strings.Join(over, "\n"))
	}
	text := strings.Join(lines, "\n")
	if !strings.Contains(ansi.Strip(text), "2010-08-12 contract-lost  The clinical commissioning group gave Anglian\n"+strings.Repeat(" ", 26)+"Community Enterprise") {
		t.Errorf("the label does not head its text, hanging:\n%s", ansi.Strip(text))
	}
}

// TestRecordNarrow: RecordLines lays out at any width from ui.MinWidth =
// 20 cells, event lines too, whose text would start at cell 25 beside its
// label (mutuals show --width 22 once overran; --width 20 printed 22).
func TestRecordNarrow(t *testing.T) {
	m := model.Mutual{ID: "x", Name: "X", Location: "Y", Sources: []string{"a"},
		Events: []model.Event{{Date: "2011", Kind: "launched", Text: "Went live.", Sources: []string{"a"}}}}
	ds := model.NewDataset("t", nil, []model.Mutual{m}, nil)
	var over []string
	for w := 1; w <= 40; w++ {
		for _, o := range overflows(wordsThatFit(render.RecordLines(ds, &ds.Mutuals[0], w, render.NewStyles(true))), max(w, recordFloor)) {
			over = append(over, fmt.Sprintf("width %d: %s", w, o))
		}
	}
	if len(over) > 0 {
		t.Errorf("%d lines too wide:\n%s", len(over), strings.Join(over, "\n"))
	}
}
