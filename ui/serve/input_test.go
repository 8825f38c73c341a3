package serve

import (
	"io"
	"strings"
	"testing"
)

// A paste or a control string that never ends would be held by the
// input decoder for as long as the reader sent it, with ctrl+c read as
// part of it: the browser is closed instead, telling its reader why.
func TestUnendingInputEndsTheBrowser(t *testing.T) {
	t.Parallel()
	for name, start := range map[string]string{
		"bracketed paste": "\x1b[200~",
		"DCS":             "\x1bP",
		"OSC":             "\x1b]",
		"CSI":             "\x1b[",
	} {
		t.Run(name, func(t *testing.T) {
			ts := startServer(t, false, Limits{})
			s, keys, screen, errs := openBrowserErrs(t, ts.client(t), 80, 24)
			go io.Copy(io.Discard, screen)
			go func() {
				io.WriteString(keys, start)
				chunk := strings.Repeat("1", 4096)
				for range (1 << 20) / len(chunk) {
					if _, err := io.WriteString(keys, chunk); err != nil {
						return
					}
				}
				io.WriteString(keys, "\x03")
			}()
			if status := waitExit(t, s); status == 0 {
				t.Error("status 0")
			}
			eventually(t, "the reader told", func() bool { return strings.Contains(errs.String(), "closed: ") })
			eventually(t, "the log", func() bool { return strings.Contains(ts.log.String(), "ended=input") })
		})
	}
}

func TestInputScanner(t *testing.T) {
	t.Parallel()
	ok := []string{
		"jjjk/leicester\r",
		"\x1b[A\x1b[B\x1b[5~",
		"\x1b[200~" + strings.Repeat("a", maxPaste-100) + "\x1b[201~" + "q",
		"\x1bP" + strings.Repeat("a", maxString-100) + "\x1b\\",
		"\x1b]11;rgb:0000/0000/0000\x07",
		"\x1b[<0;10;20M",
	}
	for _, in := range ok {
		var sc inputScanner
		if why := sc.scan([]byte(in)); why != "" {
			t.Errorf("%.40q: %s", in, why)
		}
	}
	bad := []string{
		"\x1b[200~" + strings.Repeat("a", maxPaste+1),
		"\x1bP" + strings.Repeat("a", maxString+1),
		"\x1b_" + strings.Repeat("a", maxString+1),
		"\x1b[" + strings.Repeat("1;", maxSequence),
	}
	for _, in := range bad {
		var sc inputScanner
		// In pieces, as a reader's input comes.
		why := ""
		for i := 0; i < len(in) && why == ""; i += 100 {
			why = sc.scan([]byte(in[i:min(i+100, len(in))]))
		}
		if why == "" {
			t.Errorf("%.40q… of %d bytes passed", in, len(in))
		}
	}
}
