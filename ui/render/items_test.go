package render

import "testing"

func TestJoinItems(t *testing.T) {
	cases := []struct {
		items []string
		want  string
	}{
		{nil, ""},
		{[]string{"health"}, "health"},
		{[]string{"health", "social care"}, "health; social care"},
		{[]string{"2011 launched: SEQOL was set up.", "2016 transferred: moved."}, "2011 launched: SEQOL was set up. 2016 transferred: moved."},
		{[]string{`it said "no."`, "next"}, `it said "no." next`},
		{[]string{"Ltd. (2011)", "x"}, "Ltd. (2011); x"},
		{[]string{"what?", "x"}, "what? x"},
	}
	for _, tc := range cases {
		if got := JoinItems(tc.items); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.items, got, tc.want)
		}
	}
}
