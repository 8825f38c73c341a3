package render_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/fang"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/cli"
	"github.com/mutuals/mutuals/ui/format"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

var (
	autolink = regexp.MustCompile(`<https?://[^<> ]+>`)
	entity   = regexp.MustCompile(`&(amp|lt|gt);`)
)

// checkDocuments prints every mutual as CSV and Markdown: no CSV cell may
// start as a formula, and no Markdown may hold HTML, an entity, a link
// (bare addresses too) or markup but the program's own.
func checkDocuments(t *testing.T, ds *model.Dataset) {
	t.Helper()
	for i := range ds.Mutuals {
		var doc bytes.Buffer
		if err := format.NewOutput(&doc, true, 80, format.CSV).PrintRecord(ds, &ds.Mutuals[i]); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&doc).ReadAll()
		if err != nil {
			t.Fatalf("the CSV does not read back: %v", err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if uitest.RunsAsFormula(cell) {
					t.Errorf("CSV cell %q runs as a formula", cell)
				}
			}
		}
		doc.Reset()
		if err := format.NewOutput(&doc, true, 80, format.Markdown).PrintRecord(ds, &ds.Mutuals[i]); err != nil {
			t.Fatal(err)
		}
		md := strings.ReplaceAll(entity.ReplaceAllString(autolink.ReplaceAllString(doc.String(), ""), ""), `\]`, "")
		for _, bad := range []string{"<", ">", "&", "]("} {
			if strings.Contains(md, bad) {
				t.Errorf("Markdown holds %q:\n%s", bad, doc.String())
			}
		}
		if msg := uitest.MarkdownMarkup(doc.String()); msg != "" {
			t.Errorf("Markdown holds %s", msg)
		}
		if msg := unsafeLine(strings.ReplaceAll(doc.String(), "\n", " ")); msg != "" {
			t.Errorf("Markdown %s", msg)
		}
	}
}

// checkErrorHandler puts text in an error, as a REF, a query or a data
// file's problem would, and checks what the handler writes to a terminal
// that strips nothing.
func checkErrorHandler(t *testing.T, text string) {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.TrueColor}
	cli.ErrorHandler(func() bool { return false }, func() bool { return true }, func(error) bool { return true }, "mutuals --help")(w, fang.Styles{}, errors.New(text))
	for _, l := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
		if msg := unsafeLine(l); msg != "" {
			t.Errorf("the error handler's line %s: %q", msg, l)
		}
	}
}
