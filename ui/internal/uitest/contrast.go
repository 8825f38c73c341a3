package uitest

import (
	"fmt"
	"image/color"
	"math"

	"charm.land/lipgloss/v2"
)

// Backgrounds are terminal backgrounds a style must read on: the plain
// ones and those of popular themes (Solarized, Catppuccin, One Dark).
var Backgrounds = map[bool][]color.Color{
	false: {hex(0xffffff), hex(0xfdf6e3), hex(0xeff1f5)},
	true:  {hex(0x000000), hex(0x1e1e2e), hex(0x282c34), hex(0x002b36)},
}

func hex(v uint32) color.Color {
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// Contrast is WCAG 2's contrast ratio of two colours, from 1 (the same)
// to 21 (black on white). Text needs 4.5 to meet level AA.
func Contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is WCAG's relative luminance of an sRGB colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// Unreadable says why a style's text does not read on the backgrounds of
// a dark or light terminal, or nothing when it does. A faint style fails:
// its colour is the terminal's to choose (xterm halves it toward the
// background, which takes a 5:1 grey under 2.5:1).
func Unreadable(s lipgloss.Style, dark bool) []string {
	var out []string
	if s.GetFaint() {
		out = append(out, "faint")
	}
	fg := s.GetForeground()
	if _, none := fg.(lipgloss.NoColor); none || s.GetReverse() {
		return out // the terminal's own text colour, or drawn on its own colour
	}
	for _, bg := range Backgrounds[dark] {
		if r := Contrast(fg, bg); r < 4.5 {
			out = append(out, fmt.Sprintf("%s on %s is %.2f:1", hexOf(fg), hexOf(bg), r))
		}
	}
	return out
}

func hexOf(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}
