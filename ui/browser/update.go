package browser

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Update routes a message: the root's own, then whatever the screens
// asked for while it was handled.
func (b *Browser) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmds := []tea.Cmd{b.route(msg)}
	for len(b.asks) > 0 {
		ask := b.asks[0]
		b.asks = b.asks[1:]
		cmds = append(cmds, b.route(ask))
	}
	b.setPlaceholder()
	return b, tea.Batch(cmds...)
}

// route hands one message to whoever owns it.
func (b *Browser) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.resize(msg)
	case tea.BackgroundColorMsg:
		b.setStyles(msg.IsDark())
	case jobDone:
		return b.deliver(msg)
	case loadProgress:
		return b.applyProgress(msg)
	case loadDone:
		return b.applyDone(msg)
	case filesChanged:
		return b.applyFilesChanged()
	case editorReady:
		return b.openEditor(msg)
	case editorDone:
		return b.editorClosed(msg)
	case swapData:
		return b.swap(msg.ix)
	case tea.KeyPressMsg:
		return b.key(msg)
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		return b.mouseEvent(msg)
	case tea.PasteMsg:
		return b.paste(msg)
	default:
		if cmd, ok := b.answer(msg); ok {
			return cmd
		}
		if b.onList() && b.focus == onSearch {
			return b.updateSearch(msg)
		}
	}
	return nil
}

// answer does what a screen asked of the root; ok is false for a message
// that is no such request.
func (b *Browser) answer(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case closeScreen:
		b.close()
	case openHelp:
		b.open(newHelpScreen(b.common, b.keyGroups()))
	case runJob:
		return b.run(msg), true
	case focusOn:
		return b.setFocus(msg.f), true
	case nextFocus:
		return b.tab(), true
	case clearSearch:
		return b.clearSearch(), true
	case cycleSort:
		if msg.reverse {
			return b.reverseSort(), true
		}
		return b.nextSort(), true
	case openFacets:
		b.open(b.facets)
		return b.facets.recount(b.list.shown(), b.query.Raw), true
	case openTimeline:
		b.open(b.timeline)
		return b.timeline.build(b.list.shown(), b.list.row()), true // at the list's cursor
	case addSearchTerm:
		return b.addSearchTerm(msg.term), true
	case printComparison:
		b.result = &msg.c
		return tea.Quit, true
	case copyText:
		return b.copyText(msg.lines, msg.what), true
	case clipboardDone:
		b.notice = msg.notice()
	case showStatus:
		b.status = msg.text
	case openScreen:
		b.open(msg.s)
	case toggleMark:
		return b.list.Update(msg), true
	case editMutual:
		return b.editRecord(msg.at), true
	default:
		return nil, false
	}
	return nil, true
}

// key hands a key to what has it: the screen on top, or, on the list,
// the part of it that has the focus.
func (b *Browser) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, b.keys.ForceQuit) && time.Now().Before(b.reg.interruptsFrom) {
		return nil // meant for the editor: what the footer says of it stays
	}
	b.status, b.notice = "", ""
	switch {
	case key.Matches(msg, b.keys.ForceQuit):
		return tea.Quit
	case key.Matches(msg, b.keys.Suspend):
		return b.suspend()
	case !b.onList():
		return b.top().Update(msg)
	case b.focus == onSearch:
		return b.searchKey(msg)
	case b.problems.takesKeys() && b.problemsKey(msg):
		return nil
	}
	return b.list.Update(msg)
}
