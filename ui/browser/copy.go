package browser

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// copyText sends text to the terminal's clipboard with OSC 52, which also
// works over SSH, and says so in the footer. Whether the text arrives is
// up to the terminal: some ask first, and some ignore OSC 52.
func (b *Browser) copyText(lines []string, what string) tea.Cmd {
	if b.loading {
		b.status = notYet("y copies")
		return nil
	}
	text := strings.Join(lines, "\n") + "\n"
	b.notice = fmt.Sprintf("copied %s as Markdown (%s)", what, size(len(text)))
	return tea.SetClipboard(text)
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
