package browser

import (
	"errors"
	"fmt"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// fakeClipboard stands for a clipboard tool: it keeps what it was given,
// or fails with err.
type fakeClipboard struct {
	tool, text string
	err        error
}

func (f *fakeClipboard) write(text string) (string, error) {
	if f.err == nil {
		f.text = text
	}
	return f.tool, f.err
}

// clipboard runs a copy's command as the program would: it returns the
// text sent by OSC 52, and hands the clipboard tool's report to b.
func clipboard(t *testing.T, b *Browser, cmd tea.Cmd) string {
	t.Helper()
	if cmd == nil {
		t.Fatal("no command: nothing was copied")
	}
	osc := ""
	for _, msg := range runAll(cmd) {
		switch msg := msg.(type) {
		case clipboardDone:
			b.Update(msg)
		default:
			if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
				osc = fmt.Sprint(msg)
			}
		}
	}
	if osc == "" {
		t.Fatal("the copy sent nothing by OSC 52")
	}
	return osc
}

// runAll runs cmd and every command of a batch it returns.
func runAll(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, runAll(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// TestCopySaysWhatReachedWhere: the case. y said "copied" when
// only OSC 52 was sent, which tmux's default drops. Now the footer claims
// a copy only when a clipboard tool made it, and says so otherwise.
func TestCopySaysWhatReachedWhere(t *testing.T) {
	cases := []struct {
		clip      fakeClipboard
		want, not string
	}{
		{fakeClipboard{tool: "wl-copy"}, "copied Leicester homeless healthcare as Markdown (", ""},
		{fakeClipboard{err: errNoClipboard}, "sent Leicester homeless healthcare as Markdown (", "copied Leicester"},
		{fakeClipboard{tool: "xclip", err: errors.New("exit status 1")}, "(xclip failed: exit status 1)", "copied Leicester"},
	}
	for _, tc := range cases {
		b := newTestBrowser(t, 200, 30)
		b.clipboard = tc.clip.write
		press(b, "/")
		typeText(b, "leicester")
		press(b, "enter")
		osc := clipboard(t, b, press(b, "y"))
		f := frame(b)
		if !strings.Contains(f, tc.want) || (tc.not != "" && strings.Contains(f, tc.not)) {
			t.Errorf("%+v: the footer does not say %q (or says %q):\n%s", tc.clip, tc.want, tc.not, f)
		}
		if tc.clip.err == nil && (tc.clip.text == "" || !strings.Contains(osc, tc.clip.text)) {
			t.Errorf("the tool got %q, OSC 52 %q: not the same text", tc.clip.text, osc)
		}
	}
}

func TestClipboardTools(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	names := func(ts []clipboardTool) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.name)
		}
		return out
	}
	cases := []struct {
		getenv func(string) string
		goos   string
		want   []string
	}{
		{env(), "linux", nil}, // no display: a console or an SSH session
		{env("WAYLAND_DISPLAY", "wayland-0", "DISPLAY", ":0"), "linux", []string{"wl-copy", "xclip", "xsel"}},
		{env("DISPLAY", ":0"), "freebsd", []string{"xclip", "xsel"}},
		{env(), "darwin", []string{"pbcopy"}},
		{env(), "windows", []string{"clip.exe"}},
		{env("WSL_DISTRO_NAME", "Ubuntu"), "linux", []string{"clip.exe"}},
	}
	for _, tc := range cases {
		if got := names(clipboardTools(tc.getenv, tc.goos)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: tools %v, want %v", tc.goos, got, tc.want)
		}
	}
}

// TestSystemClipboardNoTool: with no tool on PATH the copy says so rather
// than succeeding.
func TestSystemClipboardNoTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("DISPLAY", ":0")
	t.Setenv("WAYLAND_DISPLAY", "wayland-0")
	if _, err := exec.LookPath("xclip"); err == nil {
		t.Fatal("xclip still found")
	}
	if tool, err := SystemClipboard("x"); !errors.Is(err, errNoClipboard) {
		t.Errorf("SystemClipboard with nothing on PATH: %q, %v", tool, err)
	}
}
