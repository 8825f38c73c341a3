package ui

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// Format is how a command prints: text for people, or markdown, CSV and
// JSON for documents and scripts.
type Format string

// The formats --format accepts.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	CSV      Format = "csv"
	JSON     Format = "json"
)

// Formats lists every format by name.
var Formats = []Format{Text, Markdown, CSV, JSON}

// ParseFormat reads a --format value.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) || (f == Markdown && strings.EqualFold(s, "md")) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q: use text, markdown, csv or json", s)
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
	return Output{W: &wholeLines{w: pw}, Styles: NewStyles(true), Width: width, Format: format}
}

// wholeLines hands its writer complete lines only. The colour writer reads
// each write on its own, so a buffered write that ended inside an escape
// sequence would leave the rest of it printed as text.
type wholeLines struct {
	w       io.Writer
	pending []byte
}

func (l *wholeLines) Write(p []byte) (int, error) {
	i := bytes.LastIndexByte(p, '\n')
	if i < 0 {
		l.pending = append(l.pending, p...)
		return len(p), nil
	}
	out := append(l.pending, p[:i+1]...)
	l.pending = append([]byte(nil), p[i+1:]...)
	if _, err := l.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Profile is the colour profile for w, after the user's wishes.
func Profile(w io.Writer, noColor bool) colorprofile.Profile {
	p := colorprofile.Detect(w, os.Environ())
	if (noColor || os.Getenv("NO_COLOR") != "") && p > colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	return p
}
