package uitest

import (
	"math"
	"testing"
)

// The formula against WCAG's own examples.
func TestContrast(t *testing.T) {
	for _, c := range []struct {
		a, b uint32
		want float64
	}{{0x000000, 0xffffff, 21}, {0xffffff, 0xffffff, 1}, {0x777777, 0xffffff, 4.48}, {0x767676, 0xffffff, 4.54}} {
		if got := Contrast(hex(c.a), hex(c.b)); math.Abs(got-c.want) > 0.01 {
			t.Errorf("Contrast(#%06x, #%06x) = %.3f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}
