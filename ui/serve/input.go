package serve

import (
	"io"
	"time"
)

// Bounds on what a reader types into a browser. Keys are decoded by
// Bubble Tea, which holds an escape sequence, a control string or a
// bracketed paste until it ends, and spends time on each key: these
// bounds keep one reader from holding memory or the CPU for the others.
const (
	// maxSequence bounds a CSI sequence (keys, mouse, replies): the
	// longest a terminal sends is a few dozen bytes.
	maxSequence = 256
	// maxString bounds a control string (DCS, OSC, APC, PM, SOS).
	maxString = 64 << 10
	// maxPaste bounds a bracketed paste: a search is typed, not pasted
	// by the megabyte.
	maxPaste = 64 << 10
	// inputRate is the most bytes a second a browser reads, after a
	// burst of inputBurst: more waits in the client's SSH window, so
	// a flood slows its sender rather than the server.
	inputRate  = 16 << 10
	inputBurst = 64 << 10
)

// inputScanner follows the escape sequences in a reader's input, to say
// when one runs past its bound.
type inputScanner struct {
	state  int
	n      int    // bytes in the current sequence, string or paste
	params []byte // a CSI's parameters, up to a few, to see a paste start
	esc    bool   // the last byte in a string or paste was ESC
	pasted []byte // the last bytes of a paste, to see its end
}

const (
	plain = iota
	escape
	csi
	controlString
	paste
)

// scan follows p, saying why the input is refused, or "".
func (sc *inputScanner) scan(p []byte) string {
	for _, b := range p {
		switch sc.state {
		case plain:
			if b == 0x1b {
				sc.state = escape
			}
		case escape:
			sc.n, sc.params, sc.esc = 0, sc.params[:0], false
			switch b {
			case '[':
				sc.state = csi
			case 'P', ']', '_', '^', 'X':
				sc.state = controlString
			case 0x1b:
			default:
				sc.state = plain
			}
		case csi:
			if sc.n++; sc.n > maxSequence {
				return "an escape sequence of more than 256 bytes"
			}
			if b >= 0x40 && b <= 0x7e {
				sc.state = plain
				if b == '~' && string(sc.params) == "200" {
					sc.state, sc.n, sc.pasted = paste, 0, sc.pasted[:0]
				}
			} else if len(sc.params) < 8 {
				sc.params = append(sc.params, b)
			}
		case controlString:
			if sc.n++; sc.n > maxString {
				return "a control string of more than 64 kB"
			}
			switch {
			case b == 0x07, sc.esc && b == '\\':
				sc.state = plain
			}
			sc.esc = b == 0x1b
		case paste:
			if sc.n++; sc.n > maxPaste {
				return "a paste of more than 64 kB: paste less at a time"
			}
			sc.pasted = append(sc.pasted, b)
			if len(sc.pasted) > 6 {
				sc.pasted = sc.pasted[1:]
			}
			if string(sc.pasted) == "\x1b[201~" {
				sc.state = plain
			}
		}
	}
	return ""
}

// boundedInput is a browser's input, read at most at inputRate and
// refused once a sequence runs past its bound.
type boundedInput struct {
	r       io.Reader
	refuse  func(why string)
	sc      inputScanner
	tokens  float64
	last    time.Time
	refused bool
}

func newBoundedInput(r io.Reader, refuse func(why string)) *boundedInput {
	return &boundedInput{r: r, refuse: refuse, tokens: inputBurst, last: time.Now()}
}

func (in *boundedInput) Read(p []byte) (int, error) {
	if in.refused {
		return 0, io.EOF
	}
	in.wait()
	n, err := in.r.Read(p[:min(len(p), 4096)])
	in.tokens -= float64(n)
	if why := in.sc.scan(p[:n]); why != "" {
		in.refused = true
		in.refuse(why)
		return 0, io.EOF
	}
	return n, err
}

// wait sleeps until the reader has budget to read again.
func (in *boundedInput) wait() {
	now := time.Now()
	in.tokens = min(inputBurst, in.tokens+now.Sub(in.last).Seconds()*inputRate)
	in.last = now
	if in.tokens < 0 {
		d := time.Duration(-in.tokens / inputRate * float64(time.Second))
		time.Sleep(d)
		in.tokens = 0
		in.last = time.Now()
	}
}
