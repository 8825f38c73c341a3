package format

import (
	"strings"
	"testing"

	"github.com/mutuals/mutuals/model"
)

// TestMarkdownShowsText: HTML, entities and link syntax in a value reach a
// Markdown renderer as text, in a table cell as elsewhere.
func TestMarkdownShowsText(t *testing.T) {
	cases := map[string]string{
		`<img src=x onerror=alert(1)>`:  `&lt;img src=x onerror=alert(1)&gt;`,
		`[click](javascript:alert(1))`:  `\[click\](javascript:alert(1))`,
		`![pixel](http://evil.example)`: `!\[pixel\](http://evil.example)`,
		`<http://evil.example>`:         `&lt;http://evil.example&gt;`,
		`Tom &amp; Jerry`:               `Tom &amp;amp; Jerry`,
		`[ref]: javascript:alert(1)`:    `\[ref\]: javascript:alert(1)`,
		`a | b \ c`:                     `a \| b \\ c`,
		"line\nbreak":                   "line break",
	}
	for in, want := range cases {
		if got := MarkdownCell(in); got != want {
			t.Errorf("mdCell(%q) = %q, want %q", in, got, want)
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
		"https://x.example/<script>":    "https://x.example/&lt;script&gt;",
	} {
		m := model.Mutual{ID: "m", Name: "M", Location: "L", Sources: []string{"s"},
			Readings: []model.Reading{{Field: "legal_form", Value: "[x](javascript:y)", Sources: []string{"s"}}}}
		ds := model.NewDataset("t", model.Programme{}, []model.Mutual{m}, []model.Source{{ID: "s", Title: "T", URL: url}})
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
