package format

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestMarkdownShowsText: HTML, entities and link syntax in a value reach a
// Markdown renderer as text, in a table cell as elsewhere.
func TestMarkdownShowsText(t *testing.T) {
	cases := map[string]string{
		`<img src=x onerror=alert(1)>`:  `&lt;img src=x onerror=alert(1)&gt;`,
		`[click](javascript:alert(1))`:  `\[click\](javascript:alert(1))`,
		`![pixel](http://evil.example)`: `!\[pixel\](http\://evil.example)`,
		`<http://evil.example>`:         `&lt;http\://evil.example&gt;`,
		`Tom &amp; Jerry`:               `Tom &amp;amp; Jerry`,
		`[ref]: javascript:alert(1)`:    `\[ref\]: javascript:alert(1)`,
		`a | b \ c`:                     `a \| b \\ c`,
		"line\nbreak":                   "line break",
		// GFM's autolinks, bare: none may become a link
		"see https://evil.example/x": `see https\://evil.example/x`,
		"HTTP://EVIL.EXAMPLE":        `HTTP\://EVIL.EXAMPLE`,
		"ftp://evil.example":         `ftp\://evil.example`,
		"go to www.evil.example":     `go to www\.evil.example`,
		"WWW.evil.example":           `WWW\.evil.example`,
		"mail boss@evil.example":     "mail boss\\@\u2060evil.example",
		// emphasis, code and strike-through
		"*bold* _it_ `code` ~~gone~~": "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~",
		// a value that starts a line must not start a block
		"# Heading":         `\# Heading`,
		"- item":            `\- item`,
		"+ item":            `\+ item`,
		"---":               `\---`,
		"12. ordered":       `12\. ordered`,
		"3) ordered":        `3\) ordered`,
		"    code":          "code",
		"2010-08":           "2010-08",
		"a - b + c #1 2. x": "a - b + c #1 2. x",
	}
	for in, want := range cases {
		if got := MarkdownCell(in); got != want {
			t.Errorf("mdCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMarkdownDocumentShowsText: a record whose every value is markup
// prints as a document with no markup but the program's own.
func TestMarkdownDocumentShowsText(t *testing.T) {
	for _, attack := range []string{"https://evil.example", "www.evil.example", "boss@evil.example", "*x*", "_x_", "`x`", "~~x~~", "# x", "- x", "+ x", "1. x", "> x", "    x"} {
		m := model.Mutual{ID: attack, Name: attack, Location: attack, Summary: attack, ServiceArea: []string{attack}, Sources: []string{"s"},
			Events:   []model.Event{{Date: "2011", Kind: attack, Text: attack, Sources: []string{"s"}}},
			Readings: []model.Reading{{Field: "legal_form", Value: attack, Sources: []string{"s"}}}}
		ds := model.NewDataset("t", nil, []model.Mutual{m}, []model.Source{{ID: "s", Title: attack, URL: "https://example.org/a", Note: attack}})
		for name, doc := range map[string][]string{
			"record":     RecordMarkdown(ds, &ds.Mutuals[0]),
			"list":       listMarkdown([]*model.Mutual{&ds.Mutuals[0]}),
			"comparison": ComparisonMarkdown(model.Compare([]*model.Mutual{&ds.Mutuals[0], &ds.Mutuals[0]}, model.CompareFields(), ds)),
		} {
			md := strings.Join(doc, "\n")
			if msg := uitest.MarkdownMarkup(md); msg != "" {
				t.Errorf("%q: the %s holds %s:\n%s", attack, name, msg, md)
			}
		}
	}
}

// TestMarkdownSourceLinks: a source's address becomes a link only when it
// is a web address; any other (javascript:, data:) is shown as text.
func TestMarkdownSourceLinks(t *testing.T) {
	for url, want := range map[string]string{
		"https://example.org/a?b=1&c=2": "<https://example.org/a?b=1&c=2>",
		"javascript:alert(1)":           "javascript:alert(1)",
		"data:text/html,<script>":       "data:text/html,&lt;script&gt;",
		"https://x.example/<script>":    `https\://x.example/&lt;script&gt;`,
	} {
		m := model.Mutual{ID: "m", Name: "M", Location: "L", Sources: []string{"s"},
			Readings: []model.Reading{{Field: "legal_form", Value: "[x](javascript:y)", Sources: []string{"s"}}}}
		ds := model.NewDataset("t", nil, []model.Mutual{m}, []model.Source{{ID: "s", Title: "T", URL: url}})
		md := strings.Join(RecordMarkdown(ds, &ds.Mutuals[0]), "\n")
		if !strings.Contains(md, " "+want+"\n") && !strings.HasSuffix(md, " "+want) {
			t.Errorf("source %q: no %q in\n%s", url, want, md)
		}
		if strings.Contains(md, "<"+url+">") && !strings.HasPrefix(url, "https:") {
			t.Errorf("source %q is a link", url)
		}
		if !strings.Contains(md, `"\[x\](javascript:y)"`) {
			t.Errorf("a reading is not escaped once:\n%s", md)
		}
	}
}
