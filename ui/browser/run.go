package browser

import (
	"context"
	"errors"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/mutuals/mutuals/model"
	"github.com/mutuals/mutuals/ui/format"
)

// Run opens the browser on the terminal and returns, once it closes, the
// comparison the user asked to print with p (or nil). When stdout is not a
// terminal (mutuals compare > cmp.md) the browser draws on /dev/tty, so
// stdout receives only the printed comparison.
//
// Cancelling ctx (SIGINT or SIGTERM from outside) ends the program with the
// terminal restored.
func Run(ctx context.Context, ds *model.Dataset, opts BrowserOptions, noColor bool) (*model.Comparison, *model.Dataset, error) {
	out := os.Stdout
	if !term.IsTerminal(out.Fd()) {
		tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
		if err != nil {
			return nil, nil, errors.New("no terminal to draw the browser on: run it in a terminal, or use mutuals list / compare REF REF")
		}
		defer tty.Close()
		out = tty
	}
	b := NewBrowser(ds, opts)
	defer b.Close()
	// Signals are the context's (see main): Bubble Tea's own handler would
	// race it and end quietly.
	stops := catchStops(out)
	defer stops.Close()
	p := tea.NewProgram(b, tea.WithContext(ctx), tea.WithoutSignalHandler(), tea.WithFilter(stops.filter),
		tea.WithOutput(out), tea.WithColorProfile(format.Profile(out, noColor)))
	stops.forward(p.Send)
	// Bubble Tea clears the window title it set when it ends: the
	// terminal's title stack (XTWINOPS 22 and 23) puts back the one the
	// shell had, where the terminal keeps one.
	_, _ = out.WriteString(ansi.XTWINOPS(22, 0))
	defer out.WriteString(ansi.XTWINOPS(23, 0)) //nolint:errcheck
	if _, err := p.Run(); err != nil {
		if errors.Is(err, tea.ErrProgramKilled) || ctx.Err() != nil {
			return nil, nil, errors.New("interrupted")
		}
		return nil, nil, err
	}
	return b.Result(), b.ds, b.Err()
}

// suspend is ctrl+z: the shell gets the terminal back until fg. Where
// nothing could resume the browser, it says so and stays.
func (b *Browser) suspend() tea.Cmd {
	if !canSuspend() {
		b.status = "cannot suspend: no shell with job control to resume the browser"
		return nil
	}
	return tea.Suspend
}
