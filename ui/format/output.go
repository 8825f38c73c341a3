package format

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"

	"github.com/mutuals/mutuals/ui/render"
)

// Format is how a command prints: text for people, markdown, CSV and JSON
// for documents and scripts, or TOML for records to load again.
type Format string

// The formats --format accepts.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	CSV      Format = "csv"
	JSON     Format = "json"
	// TOML is the data file format, for list and show: records to load.
	TOML Format = "toml"
)

// Formats lists the formats every command prints; list and show also
// print TOML.
var Formats = []Format{Text, Markdown, CSV, JSON}

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	for _, f := range append(Formats, TOML) {
		if strings.EqualFold(s, string(f)) || (f == Markdown && strings.EqualFold(s, "md")) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: use text, markdown, csv, json or toml", s)
}

// Output is where a command prints, and how. What it prints to a pipe or
// a file is exactly what it rendered: text is drawn without styles there,
// so no writer needs to strip them, and Markdown, CSV and JSON never carry
// styles at all. Only styled text to a terminal goes through the writer
// that downsamples colour to what the terminal shows, and the renderers
// hand that writer whole lines (see lineWriter), since it rewrites each
// write on its own and would cut a character split between two.
type Output struct {
	w      io.Writer
	Styles render.Styles
	Width  int
	Format Format
	// Terminal is set when a person reads the output on a terminal.
	Terminal bool
	// Fit makes the list fit Width, as on a terminal or with --width,
	// where a pipe gets whole lines for grep.
	Fit    bool
	styled bool // whether Styles draw anything: a terminal with colour or attributes
}

// NewOutput wraps w for printing. Colour is dropped when noColor is set,
// NO_COLOR is set to anything, TERM is dumb, or w is not a terminal: w
// itself is measured, so a writer that wraps a terminal must go through
// NewOutputFor with the terminal's profile.
func NewOutput(w io.Writer, noColor bool, width int, format Format) Output {
	return newOutput(w, Profile(w, noColor), width, format)
}

// NewOutputFor wraps w for printing to a terminal that is not this
// process's own, with the colour profile its environment gives (the
// browser served over SSH prints to the client's terminal).
func NewOutputFor(w io.Writer, p colorprofile.Profile, width int, format Format) Output {
	return newOutput(w, p, width, format)
}

// newOutput styles only where colour may be shown: a terminal without
// colour (NO_COLOR, --no-color) gets what a pipe gets, with no escape
// sequence at all, not the attributes (bold, underline) alone.
func newOutput(w io.Writer, p colorprofile.Profile, width int, format Format) Output {
	if format != Text || p <= colorprofile.ASCII {
		return Output{w: w, Width: width, Format: format}
	}
	return Output{w: &wholeSequences{w: &colorprofile.Writer{Forward: w, Profile: p}}, Styles: render.NewStyles(true), Width: width, Format: format, styled: true}
}

// InPalette gives styled output the palette for a light or a dark
// background; output that is not styled stays plain.
func (o Output) InPalette(dark bool) Output {
	if o.styled {
		o.Styles = render.NewStyles(dark)
	}
	return o
}

// plain reports whether nothing is styled, so that text can be written
// without going through the styles at all.
func (o Output) plain() bool { return !o.styled }

// Profile is the colour profile for w, after the user's wishes.
func Profile(w io.Writer, noColor bool) colorprofile.Profile {
	p := colorprofile.Detect(w, os.Environ())
	if (noColor || os.Getenv("NO_COLOR") != "") && p > colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	return p
}

// lineWriter collects whole lines and hands them on in batches that end at
// a line's end, so that long output is neither held whole in memory nor
// cut inside a character or a style.
type lineWriter struct {
	w   io.Writer
	buf []byte
	err error
}

func newLineWriter(w io.Writer) *lineWriter {
	return &lineWriter{w: w, buf: make([]byte, 0, 64<<10)}
}

// Line adds s and a line break.
func (l *lineWriter) Line(s string) {
	l.buf = append(l.buf, s...)
	l.endLine()
}

// endLine ends a line appended to buf in place: the list's lines are
// built there, saving a copy each.
func (l *lineWriter) endLine() {
	l.buf = append(l.buf, '\n')
	if len(l.buf) >= 60<<10 {
		l.Flush()
	}
}

// Flush writes what is held, and returns the first error of any write.
func (l *lineWriter) Flush() error {
	if len(l.buf) > 0 && l.err == nil {
		_, l.err = l.w.Write(l.buf)
	}
	l.buf = l.buf[:0]
	return l.err
}
