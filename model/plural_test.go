package model

import "testing"

func TestPlural(t *testing.T) {
	for n, want := range map[int]string{0: "mutuals", 1: "mutual", 2: "mutuals", -1: "mutuals"} {
		if got := Plural(n, "mutual", "mutuals"); got != want {
			t.Errorf("Plural(%d) = %q, want %q", n, got, want)
		}
	}
}
