package browser

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// Clipboard puts text on the system clipboard and names the tool that
// did; err is errNoClipboard when there is none to use.
type Clipboard func(text string) (tool string, err error)

// errNoClipboard: no clipboard tool for this system is on PATH.
var errNoClipboard = errors.New("no clipboard tool found")

// clipboardTimeout bounds a clipboard tool's run: one that waits on a
// display that is gone must not leave the copy unreported.
const clipboardTimeout = 3 * time.Second

// clipboardTool is a program that puts its standard input on the system
// clipboard.
type clipboardTool struct {
	name string
	args []string
}

// clipboardTools are the tools that can reach this system's clipboard, in
// the order tried: the display server's own first.
func clipboardTools(getenv func(string) string, goos string) []clipboardTool {
	var tools []clipboardTool
	if getenv("WAYLAND_DISPLAY") != "" {
		tools = append(tools, clipboardTool{"wl-copy", nil})
	}
	if getenv("DISPLAY") != "" {
		tools = append(tools, clipboardTool{"xclip", []string{"-selection", "clipboard", "-in"}},
			clipboardTool{"xsel", []string{"--clipboard", "--input"}})
	}
	switch {
	case goos == "darwin":
		tools = append(tools, clipboardTool{"pbcopy", nil})
	case goos == "windows" || getenv("WSL_DISTRO_NAME") != "":
		tools = append(tools, clipboardTool{"clip.exe", nil})
	}
	return tools
}

// SystemClipboard writes text with the first clipboard tool on PATH that
// suits the system (wl-copy, xclip, xsel, pbcopy or clip.exe).
func SystemClipboard(text string) (string, error) {
	for _, t := range clipboardTools(os.Getenv, runtime.GOOS) {
		path, err := exec.LookPath(t.name)
		if err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), clipboardTimeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, path, t.args...)
		cmd.Stdin = strings.NewReader(text)
		// No pipes for output: xclip and wl-copy leave a process behind
		// to serve the clipboard, which would hold them open.
		cmd.Stdout, cmd.Stderr = nil, nil
		if err := cmd.Run(); err != nil {
			return t.name, err
		}
		return t.name, nil
	}
	return "", errNoClipboard
}
