package ui

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
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

// Output is where a command prints, and how: the writer downsamples styles
// to what the terminal can show, and strips them all when it is not a
// terminal.
type Output struct {
	W      io.Writer
	Styles Styles
	Width  int
	Format Format
	// Terminal is set when a person reads the output on a terminal: the
	// list then fits the width, where a pipe gets whole lines for grep.
	Terminal bool
}

// NewOutput wraps w for printing. Colour is dropped when noColor is set,
// NO_COLOR is set to anything, TERM is dumb, or w is not a terminal.
func NewOutput(w io.Writer, noColor bool, width int, format Format) Output {
	pw := colorprofile.NewWriter(w, os.Environ())
	pw.Profile = Profile(w, noColor)
	return Output{W: &wholeSequences{w: pw}, Styles: NewStyles(true), Width: width, Format: format}
}

// Profile is the colour profile for w, after the user's wishes.
func Profile(w io.Writer, noColor bool) colorprofile.Profile {
	p := colorprofile.Detect(w, os.Environ())
	if (noColor || os.Getenv("NO_COLOR") != "") && p > colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	return p
}
