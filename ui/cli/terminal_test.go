package cli

import "testing"

func TestParseBackground(t *testing.T) {
	for _, tt := range []struct {
		answer   string
		dark, ok bool
	}{
		{"\x1b]11;rgb:0000/0000/0000\a\x1b[?62;22c", true, true},
		{"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?1;2c", false, true},
		{"\x1b]11;rgb:fdfd/f6f6/e3e3\a", false, true}, // solarized light
		{"\x1b]11;rgb:2828/2c2c/3434\a", true, true},
		{"\x1b[?1;2c", false, false},             // no OSC 11: the device attributes alone
		{"\x1b]11;rgb:ffff/ff", false, false},    // cut short
		{"\x1b]11;not a colour\a", false, false}, // nonsense
		{"", false, false},
	} {
		dark, ok := parseBackground([]byte(tt.answer))
		if dark != tt.dark || ok != tt.ok {
			t.Errorf("parseBackground(%q) = %v, %v; want %v, %v", tt.answer, dark, ok, tt.dark, tt.ok)
		}
	}
}

func TestDarkFromEnv(t *testing.T) {
	for _, tt := range []struct {
		v        string
		dark, ok bool
	}{
		{"15;0", true, true}, {"0;15", false, true}, {"default;default;8", true, true},
		{"0;7", false, true}, {"", false, false}, {"15", false, false}, {"15;x", false, false}, {"15;99", false, false},
	} {
		if dark, ok := darkFromEnv(tt.v); dark != tt.dark || ok != tt.ok {
			t.Errorf("darkFromEnv(%q) = %v, %v; want %v, %v", tt.v, dark, ok, tt.dark, tt.ok)
		}
	}
}
