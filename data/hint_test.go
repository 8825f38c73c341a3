package data

import (
	"strings"
	"testing"
)

// TestUnknownKeyHint: an unknown key is suggested the known key it is a
// near spelling of, and nothing for an unrelated word; it is said to leave
// its table without a key only when that key is required.
func TestUnknownKeyHint(t *testing.T) {
	cases := []struct {
		name, src, msg, hint string
		also                 bool
	}{
		{"an unrelated word", goodSource + "mutual = 1\n" + goodMutual,
			`unknown key "mutual" in [[source]] "src"`, "known keys here: ", false},
		{"an optional key misspelt", goodSource + "auther = \"A\"\n" + goodMutual,
			`unknown key "auther" in [[source]] "src"`, "did you mean author?", false},
		{"a required key misspelt", strings.Replace(goodSource, "title", "titel", 1) + goodMutual,
			`unknown key "titel" in [[source]] "src", so it has no title`, "did you mean title?", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadBytes("x.toml", []byte(tc.src))
			ps := problems(t, err)
			if len(ps) != 1 {
				t.Fatalf("want one problem, got %d:\n%v", len(ps), err)
			}
			p := ps[0]
			if p.Message != tc.msg || !strings.HasPrefix(p.Hint, tc.hint) || (p.Also > 0) != tc.also {
				t.Errorf("got\n%s\nwant %q, hint %q, also %v", p, tc.msg, tc.hint, tc.also)
			}
		})
	}
}
