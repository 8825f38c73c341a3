//go:build !unix

package browser

import (
	"os"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// canSuspend is false where there is no job control.
func canSuspend() bool { return false }

type stopSignals struct{}

func catchStops(*os.File) *stopSignals { return &stopSignals{} }

func (*stopSignals) forward(func(tea.Msg)) {}

func (*stopSignals) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }

func (*stopSignals) Close() {}

func nameOf(sig syscall.Signal) string { return sig.String() }
