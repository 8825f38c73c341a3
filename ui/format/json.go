package format

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mutuals/mutuals/model"
)

type recordDoc struct {
	Mutual     *model.Mutual  `json:"mutual"`
	Sources    []model.Source `json:"sources"`
	MentorPool []string       `json:"mentor_pool"`
	// Programme is the mutual's programme, with its pools and readings.
	Programme *model.Programme `json:"programme,omitempty"`
}

func recordJSON(ds *model.Dataset, m *model.Mutual) recordDoc {
	pool, _ := ds.PoolOf(m)
	doc := recordDoc{Mutual: m, Sources: []model.Source{}, MentorPool: pool.Mentors}
	doc.Programme, _ = ds.ProgrammeOf(m)
	for _, id := range m.Cited() {
		if s, ok := ds.Source(id); ok {
			doc.Sources = append(doc.Sources, s)
		}
	}
	if doc.MentorPool == nil {
		doc.MentorPool = []string{}
	}
	return doc
}

// comparedMutual heads a column. Its legal form gives every reading with
// its sources, as the legal_form row does.
type comparedMutual struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Location  string   `json:"location"`
	LegalForm []string `json:"legal_form"`
}

type comparisonDoc struct {
	Mutuals []comparedMutual `json:"mutuals"`
	Rows    []model.Row      `json:"rows"`
}

func comparisonJSON(c model.Comparison) comparisonDoc {
	doc := comparisonDoc{Rows: c.Table()}
	for _, m := range c.Mutuals {
		doc.Mutuals = append(doc.Mutuals, comparedMutual{m.ID, m.Name, m.Location, model.Shown(m, "legal_form")})
	}
	if doc.Rows == nil {
		doc.Rows = []model.Row{}
	}
	return doc
}

func (o Output) writeJSON(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := o.w.Write(escapeControls(buf.Bytes()))
	return err
}

// escapeControls writes DEL, C1 controls and bidirectional controls, which
// encoding/json leaves raw, as \u escapes. They can only occur inside JSON
// strings, where the escape means the same; the C0 controls outside strings
// are the indent's own line breaks, which encoding/json already escapes
// inside them.
func escapeControls(b []byte) []byte {
	s := string(b)
	if !strings.ContainsFunc(s, needsEscape) {
		return b
	}
	var out strings.Builder
	for _, r := range s {
		if needsEscape(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}

func needsEscape(r rune) bool { return r >= 0x7f && model.Unsafe(r) }
