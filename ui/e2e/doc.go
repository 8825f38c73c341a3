// Package e2e runs the real mutuals binary: in a terminal (tmux on a
// private socket), through pipes, and under signals. It holds only tests;
// TestMain builds the binary once and removes it after them.
package e2e
