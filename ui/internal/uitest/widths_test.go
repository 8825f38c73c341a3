package uitest

import (
	"testing"

	"github.com/mutuals/mutuals/data/datatest"
)

func TestWidths(t *testing.T) {
	for _, heavy := range []bool{false, true} {
		if heavy {
			t.Setenv(datatest.HeavyEnv, "1")
		} else {
			t.Setenv(datatest.HeavyEnv, "")
		}
		ws := Widths(20, 40)
		want := map[bool]int{false: 5, true: 21}[heavy]
		if len(ws) != want || ws[0] != 20 || ws[len(ws)-1] != 40 {
			t.Errorf("heavy=%v: Widths(20, 40) = %v, want %d widths from 20 to 40", heavy, ws, want)
		}
	}
}
