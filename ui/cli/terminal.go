package cli

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
)

// The terminal is asked one thing, its background colour (so that printed
// text is readable on a light one), and only where an answer can come:
// once per run, by a command that prints colour to it, from the
// terminal's foreground process group (a background job changing the
// terminal's modes would be stopped by the kernel with SIGTTOU), and with
// a short bound, so that a pty where nothing answers (script, expect, an
// editor's shell buffer) costs tens of milliseconds, not seconds. Help,
// --version and errors never ask.

// answerWithin bounds the wait for the terminal's answer. A terminal
// answers in a millisecond or two; over a slow link a later answer is
// missed and the dark palette used.
const answerWithin = 60 * time.Millisecond

// stdin is the process's standard input. fang asks the terminal its
// background for every help and every error, for two seconds on each of
// stdin and stdout, whatever the command; it finds no terminal to ask
// while os.Stdin is /dev/null, which it is except while a command runs.
var (
	stdin   = os.Stdin
	stdinMu sync.Mutex
	hidden  *os.File // /dev/null in os.Stdin's place, while hidden
)

// hideStdin gives fang no terminal to ask.
func hideStdin() {
	stdinMu.Lock()
	defer stdinMu.Unlock()
	if hidden != nil {
		return
	}
	if null, err := os.Open(os.DevNull); err == nil {
		stdin, hidden, os.Stdin = os.Stdin, null, null
	}
}

// showStdin gives a command its standard input back.
func showStdin() {
	stdinMu.Lock()
	defer stdinMu.Unlock()
	if hidden != nil && os.Stdin == hidden {
		os.Stdin = stdin
		_ = hidden.Close()
	}
	hidden = nil
}

// stdinOnlyWhileRunning gives a command its standard input while it runs,
// and takes it away again before fang reports its error.
func stdinOnlyWhileRunning(cmd *cobra.Command) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(cmd *cobra.Command, args []string) error {
			showStdin()
			defer hideStdin()
			return run(cmd, args)
		}
	}
}

// askDark asks the terminal on stdin and out whether its background is
// dark: COLORFGBG answers without asking; no answer is dark.
func askDark(out *os.File) bool {
	if dark, ok := darkFromEnv(os.Getenv("COLORFGBG")); ok {
		return dark
	}
	if dark, ok := askBackground(os.Stdin, out, answerWithin); ok {
		return dark
	}
	return true
}

// darkFromEnv reads COLORFGBG ("15;0": foreground;background), which
// rxvt, Konsole and others set: backgrounds 0–6 and 8 are dark.
func darkFromEnv(v string) (dark, ok bool) {
	i := strings.LastIndexByte(v, ';')
	if i < 0 {
		return false, false
	}
	bg, err := strconv.Atoi(v[i+1:])
	if err != nil || bg < 0 || bg > 15 {
		return false, false
	}
	return bg <= 6 || bg == 8, true
}

// darkHint is what help and errors assume without asking: COLORFGBG, else
// dark.
func darkHint() bool {
	dark, ok := darkFromEnv(os.Getenv("COLORFGBG"))
	return dark || !ok
}
