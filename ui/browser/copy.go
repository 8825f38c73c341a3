package browser

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// copyText puts text on the system clipboard with a clipboard tool, where
// one exists, and sends it to the terminal with OSC 52, which also works
// over SSH. The footer says what reached where once the tool has run: a
// copy is claimed only when a tool did it, for whether OSC 52 arrives is
// up to the terminal (tmux passes it on only with set-clipboard on).
func (b *Browser) copyText(lines []string, what string) tea.Cmd {
	if b.loading {
		b.status = notYet("y copies")
		return nil
	}
	text := strings.Join(lines, "\n") + "\n"
	what = fmt.Sprintf("%s as Markdown (%s)", what, size(len(text)))
	b.notice = "copying " + what + "…"
	write := b.clipboard
	if write == nil {
		write = SystemClipboard
	}
	return tea.Batch(tea.SetClipboard(text), func() tea.Msg {
		tool, err := write(text)
		return clipboardDone{what: what, tool: tool, err: err}
	})
}

// clipboardDone is what a clipboard tool did with a copy.
type clipboardDone struct {
	what string // "Leicester homeless healthcare as Markdown (2.1 kB)"
	tool string
	err  error
}

// notice says what reached where, and no more than is known.
func (d clipboardDone) notice() string {
	switch {
	case d.err == nil:
		return fmt.Sprintf("copied %s with %s (also sent by OSC 52)", d.what, d.tool)
	case errors.Is(d.err, errNoClipboard):
		return fmt.Sprintf("sent %s by OSC 52: copied only if the terminal allows it (no clipboard tool found)", d.what)
	}
	return fmt.Sprintf("sent %s by OSC 52: copied only if the terminal allows it (%s failed: %v)", d.what, d.tool, d.err)
}

func size(n int) string {
	if n < 1000 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f kB", float64(n)/1000)
}

// notYet says why an action that puts data outside the program waits: the
// data has not been checked until the load ends, and a dataset that fails
// its checks shows nothing.
func notYet(action string) string {
	return action + " once loading has finished and the data is checked"
}
