// Package e2e runs the real mutuals binary: in a terminal (tmux on a
// private socket), through pipes, and under signals. It holds only tests;
// TestMain builds the binary once and removes it after them.
//
// go test ./... runs the main paths: the browser opened, searched, marked,
// compared, printed and quit, at several sizes; the printing commands
// through pipes; a register edited and reloaded; serve's browser and
// commands. The paths off them (a terminal too small or dumb, the picker
// left, escapes pasted, ctrl+c meant for the editor, suspending in it, the
// double ctrl+c, hang-up, background jobs, each command interrupted, watch
// edge cases, the clipboard tool, serve's limits, refusals and log) run
// with the heavy tests, as .ci/run runs them (datatest.SkipUnlessHeavy).
// The terminal is one helper (term_test.go).
package e2e
