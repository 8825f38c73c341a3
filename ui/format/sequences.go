package format

import "io"

// wholeSequences passes writes on to a colorprofile.Writer, which reads
// each write on its own: an escape sequence cut across two writes (a
// bufio.Writer flushes every 4 KiB, wherever that falls) would have its
// tail printed as text. It holds back a sequence that a write leaves
// unfinished until the write that finishes it.
type wholeSequences struct {
	w       io.Writer
	pending []byte
}

func (s *wholeSequences) Write(p []byte) (int, error) {
	data := p
	if len(s.pending) > 0 {
		data = append(s.pending, p...)
	}
	cut := unfinishedSequence(data)
	if cut > 0 {
		if _, err := s.w.Write(data[:cut]); err != nil {
			return 0, err
		}
	}
	s.pending = append(s.pending[:0:0], data[cut:]...)
	return len(p), nil
}

const esc = 0x1b

// unfinishedSequence is where the escape sequence that data leaves
// unfinished starts, or len(data) when it leaves none.
func unfinishedSequence(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] != esc {
			i++
			continue
		}
		end := sequenceEnd(data, i)
		if end < 0 {
			return i
		}
		i = end
	}
	return len(data)
}

// sequenceEnd is where the escape sequence at data[i] ends, or -1 when
// data ends first. CSI runs to its final byte; OSC, DCS, APC and PM run to
// BEL or ST; any other escape is two bytes.
func sequenceEnd(data []byte, i int) int {
	if i+1 >= len(data) {
		return -1
	}
	switch data[i+1] {
	case '[':
		j := i + 2
		for j < len(data) && data[j] >= 0x20 && data[j] <= 0x3f {
			j++
		}
		if j >= len(data) {
			return -1
		}
		return j + 1
	case ']', 'P', '_', '^':
		for j := i + 2; j < len(data); j++ {
			switch {
			case data[j] == 0x07:
				return j + 1
			case data[j] == esc && j+1 < len(data) && data[j+1] == '\\':
				return j + 2
			case data[j] == esc && j+1 >= len(data):
				return -1
			}
		}
		return -1
	}
	return i + 2
}
